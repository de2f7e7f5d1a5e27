using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace GovGraph.Service.Api;

/// <summary>
/// The web explorer at / (and its files under /explorer/): bundled from explorer/ at build time and embedded
/// in this assembly (the BundleExplorer target), so the page works with no network and no file beside the
/// binary. The page reads the same /api routes as everyone else; it is not data, so it is served without a key.
/// </summary>
public static class ExplorerEndpoints
{
    /// <summary>Only this server's own origin: no CDN, no remote font, no inline script.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder app)
    {
        var assets = LoadAssets(typeof(ExplorerEndpoints).Assembly);
        app.MapGet("/", (HttpContext context) => Serve(context, assets, "index.html")).ExcludeFromDescription();
        app.MapGet("/explorer/{file}", (string file, HttpContext context) => Serve(context, assets, file)).ExcludeFromDescription();
        return app;
    }

    private static FrozenDictionary<string, Asset> LoadAssets(Assembly assembly)
    {
        const string prefix = "explorer/";
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var file = name[prefix.Length..];
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            assets[file] = new Asset(bytes, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IResult Serve(HttpContext context, FrozenDictionary<string, Asset> assets, string file)
    {
        if (!assets.TryGetValue(file, out var asset))
        {
            return assets.Count == 0
                ? TypedResults.Problem("This binary was built without the explorer bundle (see explorer/build.mjs).", statusCode: StatusCodes.Status404NotFound)
                : TypedResults.NotFound();
        }
        var headers = context.Response.Headers;
        headers[HeaderNames.ETag] = asset.ETag;
        // File names carry no content hash, so the browser asks again each time and gets 304 while unchanged.
        headers[HeaderNames.CacheControl] = "no-cache";
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Bytes(asset.Bytes, asset.ContentType);
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
