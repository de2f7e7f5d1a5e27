using GovGraph.Service.Api;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>`govgraph serve` serves the Neo4j Browser guide and style cross-origin, as Browser's `:guide URL` fetches them.</summary>
public sealed class BrowserGuideServingTests
{
    [Fact]
    public async Task The_guide_and_style_are_served_with_the_cors_headers_browser_needs()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        var ct = TestContext.Current.CancellationToken;

        foreach (var (path, expected) in new[] { (GuideEndpoints.GuidePath, "== Search:"), (GuideEndpoints.StylePath, "node.Concept") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Origin", "http://localhost:7474");
            using var response = await host.Client.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Contains(expected, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

            using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
            preflight.Headers.Add("Origin", "http://localhost:7474");
            preflight.Headers.Add("Access-Control-Request-Method", "GET");
            using var answer = await host.Client.SendAsync(preflight, ct);
            Assert.True(answer.IsSuccessStatusCode, $"OPTIONS {path}: {answer.StatusCode}");
            Assert.Equal("*", Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));
        }
    }
}
