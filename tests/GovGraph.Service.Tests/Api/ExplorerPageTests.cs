using System.Net;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>The web explorer at /, embedded in the binary at build time: served offline, with its Browser style compiled in.</summary>
public sealed class ExplorerPageTests
{
    [Fact]
    public async Task Explorer_page_and_bundle_are_served_from_the_binary_with_the_browser_style()
    {
        using var folder = new TestFolder();
        // Reads need the key here; the page itself is no data and still loads (the user enters the key in it).
        await using var host = await ServiceHost.StartAsync(folder, new Dictionary<string, string?>
        {
            ["GovGraph:Api:ApiKey"] = "explorer-page-key-0123456789",
            ["GovGraph:Api:RequireKeyForReads"] = "true",
        });
        var ct = TestContext.Current.CancellationToken;

        using var page = await host.Client.GetAsync("/", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(ct);
        Assert.Contains("src=\"/explorer/app.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var script = await host.Client.GetAsync("/explorer/app.js", ct);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        var bundle = await script.Content.ReadAsStringAsync(ct);
        // Concept and Person colours and the Statement caption, read from graph-schema/neo4j/govgraph.grass at build time.
        var grass = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "graph-schema", "neo4j", "govgraph.grass"), ct);
        foreach (var colour in new[] { "#4C8EDA", "#DA7194" })
        {
            Assert.Contains(colour, grass, StringComparison.Ordinal);
            Assert.Contains(colour, bundle, StringComparison.Ordinal);
        }
        Assert.Contains("{verb}", bundle, StringComparison.Ordinal);

        // Unchanged files answer 304 to the browser's revalidation.
        using var again = new HttpRequestMessage(HttpMethod.Get, "/explorer/style.css");
        again.Headers.TryAddWithoutValidation("If-None-Match", (await host.Client.GetAsync("/explorer/style.css", ct)).Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await host.Client.SendAsync(again, ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/explorer/..%2Fappsettings.json", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/explorer/nothing.js", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/api/stats", ct)).StatusCode);
    }
}
