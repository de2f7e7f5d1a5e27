using System.Security.Cryptography;
using GovGraph.Core.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GovGraph.Service.Api.Caching;

/// <summary>
/// Serves a <see cref="CachedUntilCommit"/> route's GET answer from <see cref="ResponseCache"/> while the store's
/// commit generation (<see cref="IReadGenerations"/>) is the one it was read in, before routing's parameter
/// binding, filters and serialisation run; otherwise runs the endpoint, keeps its 200 answer and sends it.
/// Every answer of such a route carries a strong ETag (a hash of its bytes) and Cache-Control: no-cache, and a
/// matching If-None-Match is answered 304. Only 200 answers are kept, never a write's, and the cache is not used
/// at all when reads need the API key (it answers before the key filter would run).
/// </summary>
public sealed class ResponseCacheMiddleware(RequestDelegate next, ResponseCache cache, IReadGenerations generations)
{
    // Headers the cache sets itself or that belong to one connection's message, not to the answer.
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.ETag, HeaderNames.CacheControl, HeaderNames.Date, HeaderNames.Server,
        HeaderNames.TransferEncoding, HeaderNames.Connection, HeaderNames.KeepAlive,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<CachedUntilCommit>() is null)
        {
            await next(context);
            return;
        }
        var generation = await generations.CurrentGenerationAsync(context.RequestAborted);
        var key = ResponseCacheKey.Of(context.Request);
        if (cache.TryGet(key, generation, out var hit))
        {
            await SendAsync(context, hit);
            return;
        }
        var originalBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new CaptureStream(originalBody.Stream, cache.MaxEntryBytes);
        var captureBody = new StreamResponseBodyFeature(capture, originalBody);
        context.Features.Set<IHttpResponseBodyFeature>(captureBody);
        try
        {
            await next(context);
            await captureBody.CompleteAsync();
        }
        finally
        {
            context.Features.Set(originalBody);
        }
        if (capture.Overflowed)
        {
            return;
        }
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            // An empty body stays unwritten: the response has not started, so status-code pages can still give a 400 its problem.
            if (!capture.Held.IsEmpty)
            {
                await response.Body.WriteAsync(capture.Held.ToArray(), context.RequestAborted);
            }
            return;
        }
        var body = capture.Held.ToArray();
        var entry = new CachedResponse(generation, body, KeptHeaders(response.Headers), ETagOf(body));
        cache.Add(key, entry);
        await SendAsync(context, entry);
    }

    private static Task SendAsync(HttpContext context, CachedResponse entry)
    {
        var response = context.Response;
        var headers = response.Headers;
        foreach (var (name, value) in entry.Headers)
        {
            headers[name] = value;
        }
        headers.ETag = entry.ETag;
        headers.CacheControl = "no-cache";
        if (Matches(context.Request, entry.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.Remove(HeaderNames.ContentType);
            headers.Remove(HeaderNames.ContentDisposition);
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = entry.Body.Length;
        return response.Body.WriteAsync(entry.Body, 0, entry.Body.Length, context.RequestAborted);
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        if (request.Headers.IfNoneMatch.Count == 0)
        {
            return false;
        }
        var tags = request.GetTypedHeaders().IfNoneMatch;
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
    }

    private static KeyValuePair<string, StringValues>[] KeptHeaders(IHeaderDictionary headers) =>
        [.. headers.Where(header => !NotKept.Contains(header.Key))];

    /// <summary>Strong: equal ETags mean equal bytes, whichever generation or process produced them.</summary>
    private static string ETagOf(byte[] body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12))}\"";
}
