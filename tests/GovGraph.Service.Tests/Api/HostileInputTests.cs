using System.Net;
using System.Text;
using GovGraph.Service.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>Bad and hostile parameters answer 4xx with a problem body, never 500, and the stored graph is intact afterwards.</summary>
public sealed class HostileInputTests
{
    private static readonly string[] HostileValues =
    [
        "' OR 1=1 --",
        "MATCH (n) DETACH DELETE n",
        "../../../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "upload-../../graph.db",
        "%00",
        "-1",
        "99999999999999999999",
        "<script>alert(1)</script>",
        "网络主权",
        new string('x', 5000),
    ];

    [Fact]
    public async Task Bad_parameters_answer_4xx_and_the_data_is_intact()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartWithReferenceDocumentAsync(folder, new Dictionary<string, string?> { ["GovGraph:Api:MaxUploadBytes"] = "4096" });
        var before = await host.Client.GetStringAsync("/api/stats", TestContext.Current.CancellationToken);

        (string Method, string Url, HttpStatusCode Expected)[] cases =
        [
            ("GET", "/api/concepts?offset=-1", HttpStatusCode.BadRequest),
            ("GET", "/api/concepts?limit=0", HttpStatusCode.BadRequest),
            ("GET", "/api/concepts?limit=501", HttpStatusCode.BadRequest),
            ("GET", "/api/concepts?offset=abc", HttpStatusCode.BadRequest),
            ("GET", "/api/concepts?status=bogus", HttpStatusCode.BadRequest),
            ("GET", "/api/documents?limit=100000", HttpStatusCode.BadRequest),
            ("GET", "/api/people?offset=-5", HttpStatusCode.BadRequest),
            ("GET", "/api/dead-letters?limit=-1", HttpStatusCode.BadRequest),
            ("GET", "/api/graph/neighborhood?id=cyber-sovereignty&depth=1000", HttpStatusCode.BadRequest),
            ("GET", "/api/graph/neighborhood?id=cyber-sovereignty&depth=-1", HttpStatusCode.BadRequest),
            ("GET", "/api/graph/neighborhood?id=cyber-sovereignty&limit=100000", HttpStatusCode.BadRequest),
            ("GET", "/api/graph/neighborhood", HttpStatusCode.BadRequest),
            ("GET", "/api/graph/path?from=cyber-sovereignty", HttpStatusCode.BadRequest),
            ("GET", "/api/graph/path?from=a&to=b&maxDepth=99", HttpStatusCode.BadRequest),
            ("GET", "/api/concepts/cyber-sovereignty/timeline?granularity=decade", HttpStatusCode.BadRequest),
            ("GET", "/api/concepts/cyber-sovereignty/related?minSupport=0", HttpStatusCode.BadRequest),
            ("GET", "/api/concepts/no-such-concept", HttpStatusCode.NotFound),
            ("GET", "/api/concepts/" + Uri.EscapeDataString("' OR 1=1 --"), HttpStatusCode.NotFound),
            ("GET", "/api/people/" + Uri.EscapeDataString("MATCH (n) DETACH DELETE n"), HttpStatusCode.NotFound),
            ("GET", "/api/documents/" + Uri.EscapeDataString("../../etc/passwd"), HttpStatusCode.NotFound),
            ("GET", "/api/documents/upload-..%2F..%2Fgraph.db", HttpStatusCode.NotFound),
            ("GET", "/api/graph/neighborhood?id=" + Uri.EscapeDataString("' OR 1=1 --"), HttpStatusCode.NotFound),
            ("GET", "/api/graph/path?from=" + Uri.EscapeDataString("MATCH (n) DETACH DELETE n") + "&to=cyber-sovereignty", HttpStatusCode.NotFound),
            ("GET", "/api/event-series/no-such-series/editions", HttpStatusCode.NotFound),
            ("DELETE", "/api/documents/" + Uri.EscapeDataString("MATCH (n) DETACH DELETE n"), HttpStatusCode.NotFound),
            ("DELETE", "/api/documents/" + Uri.EscapeDataString("' OR 1=1 --"), HttpStatusCode.NotFound),
            ("POST", "/api/candidates/" + Uri.EscapeDataString("' OR 1=1 --") + "/reject", HttpStatusCode.NotFound),
        ];
        foreach (var (method, url, expected) in cases)
        {
            using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), TestContext.Current.CancellationToken);
            Assert.True(expected == response.StatusCode, $"{method} {url}: expected {(int)expected}, got {(int)response.StatusCode}");
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{method} {url}: answered {response.Content.Headers.ContentType}");
        }

        // A search for an injection string is a search: no rows, nothing executed.
        var search = await host.GetJsonAsync("/api/concepts?q=" + Uri.EscapeDataString("' OR 1=1 --"));
        Assert.Equal(0, search.GetProperty("total").GetInt32());

        var ct = TestContext.Current.CancellationToken;
        using (var oversized = await host.Client.PostAsync("/api/documents", new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', 5000))), ct))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        }
        using (var chunked = await host.Client.PostAsync("/api/documents", new UnsizedContent(new byte[5000]), ct))
        {
            // No Content-Length to refuse up front: the limit holds while the body is read.
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        }
        using (var empty = await host.Client.PostAsync("/api/documents", new ByteArrayContent([]), ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        }
        using (var binary = await host.Client.PostAsync("/api/documents", new ByteArrayContent([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]), ct))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, binary.StatusCode);
        }
        using (var badJson = await host.Client.PostAsync("/api/candidates/candidate-x/accept", new StringContent("{not json", Encoding.UTF8, "application/json"), ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        }

        Assert.Equal(before, await host.Client.GetStringAsync("/api/stats", ct));
        Assert.NotEmpty((await host.GetJsonAsync("/api/concepts/cyber-sovereignty/evidence")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task No_route_answers_500_to_hostile_input()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder, new Dictionary<string, string?> { ["GovGraph:Api:MaxUploadBytes"] = "4096" });
        var ct = TestContext.Current.CancellationToken;
        var routes = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern)))
            .ToList();
        Assert.True(routes.Count >= 20, $"expected every API route, found {routes.Count}");
        const string query = "offset=-1&limit=99999&depth=99&maxDepth=-3&minSupport=-1&q=%27%20OR%201%3D1%20--&status=%00&category=%27&granularity=x&series=%27&id=%27&from=%27&to=..%2F..";
        var sent = 0;
        foreach (var (method, pattern) in routes)
        {
            foreach (var hostile in HostileValues)
            {
                var path = pattern.RawText!;
                foreach (var parameter in pattern.Parameters)
                {
                    path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(hostile), StringComparison.Ordinal);
                }
                foreach (var url in new[] { path, path + "?" + query })
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method is "POST")
                    {
                        request.Content = new StringContent(hostile, Encoding.UTF8, "application/json");
                    }
                    using var response = await host.Client.SendAsync(request, ct);
                    sent++;
                    Assert.True((int)response.StatusCode < 500, $"{method} {url} answered {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(sent > 400);
        Assert.Equal("Healthy", await host.Client.GetStringAsync("/health/ready", ct));
    }

    /// <summary>A body sent chunked, without a Content-Length, as a streaming client would send it.</summary>
    private sealed class UnsizedContent(byte[] content) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(content).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
