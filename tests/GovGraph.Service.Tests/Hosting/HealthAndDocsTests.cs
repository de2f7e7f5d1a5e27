using System.Net;
using System.Text.Json;
using GovGraph.Service.Hosting;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Hosting;

/// <summary>What operators and API users get besides the data: health, metrics, the OpenAPI document and its reference page.</summary>
public sealed class HealthAndDocsTests
{
    [Fact]
    public async Task Health_metrics_openapi_and_reference_page_answer()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal("Healthy", await host.Client.GetStringAsync("/health/live", ct));
        await Eventually.TrueAsync(async () => await host.Client.GetStringAsync("/health/ready", ct) == "Healthy", "the worker and store to be ready");

        using var metrics = await host.Client.GetAsync("/metrics", ct);
        Assert.Equal("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE govgraph_queue_depth gauge", await metrics.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        var openApi = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json", ct)).RootElement;
        var paths = openApi.GetProperty("paths");
        foreach (var route in new[] { "/api/documents", "/api/concepts", "/api/concepts/{id}/related", "/api/people", "/api/events", "/api/graph/neighborhood", "/api/graph/path", "/api/candidates", "/api/stats" })
        {
            Assert.True(paths.TryGetProperty(route, out _), $"{route} is missing from the OpenAPI document");
        }
        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "delete"))
            {
                Assert.True(operation.Value.TryGetProperty("summary", out var summary) && summary.GetString()!.Length > 10, $"{operation.Name} {path.Name} has no summary");
            }
        }

        using var docs = await host.Client.GetAsync("/docs", ct);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("html", docs.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_show_runtime_process_and_http_server_metrics_beside_govgraphs_own()
    {
        var reference = GovGraph.Tests.Shared.TestCorpus.Require(GovGraph.Tests.Shared.TestCorpus.ReferenceDocument);
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        folder.DropIntoInbox(reference);
        await host.WaitForDocumentsAsync(1);
        var ct = TestContext.Current.CancellationToken;
        // One API call finished before the scrape, so the HTTP server histogram has a series to show.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/stats", ct)).StatusCode);

        PrometheusScrape metrics = null!;
        await Eventually.TrueAsync(async () =>
        {
            metrics = await PrometheusScrape.GetAsync(host.Client);
            return metrics.Value("govgraph_documents_ingested_total") >= 1 && metrics.Has("http_server_request_duration_seconds_count");
        }, "the stored document and the API call to be counted");

        // GovGraph's own: documents by outcome, queue depth, per-file latency and the store's write-and-commit latency.
        Assert.True(metrics.Value("govgraph_documents_ingested_total", ("outcome", "new")) >= 1);
        Assert.True(metrics.Has("govgraph_queue_depth"));
        Assert.True(metrics.Value("govgraph_ingest_duration_seconds_count") >= 1);
        Assert.True(metrics.Value("govgraph_store_write_duration_seconds_count") >= 1);
        // HTTP server metrics (ASP.NET Core), labelled by route.
        Assert.True(metrics.Value("http_server_request_duration_seconds_count", ("http_route", "/api/stats")) >= 1, "no request duration for /api/stats");
        // Runtime and process: GC, thread pool, process CPU time and memory.
        Assert.True(metrics.Value("dotnet_process_cpu_time_seconds_total") > 0);
        Assert.True(metrics.Value("dotnet_process_memory_working_set_bytes") > 0);
        Assert.True(metrics.Has("dotnet_gc_collections_total") || metrics.Has("dotnet_gc_heap_total_allocated_bytes_total"));
        Assert.True(metrics.Has("dotnet_thread_pool_thread_count_total") || metrics.Has("dotnet_thread_pool_thread_count"));
    }

    [Fact]
    public async Task Worker_and_api_roles_run_apart_on_one_store()
    {
        using var folder = new TestFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var worker = await ServiceHost.StartAsync(folder, roles: GovGraphRoles.Worker);
        await using var api = await ServiceHost.StartAsync(folder, roles: GovGraphRoles.Api);

        // The worker process serves health and metrics but no API.
        using (var none = await worker.Client.GetAsync("/api/stats", ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        }
        Assert.Contains("govgraph_queue_depth", await worker.Client.GetStringAsync("/metrics", ct), StringComparison.Ordinal);

        // An upload through the API process is ingested by the worker process, through the store's upload folder.
        using var accepted = await api.Client.PostAsync("/api/documents", new StringContent("President Xi stressed the importance of respecting cyber sovereignty."), ct);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var statusUrl = accepted.Headers.Location!.ToString();
        await Eventually.TrueAsync(async () => (await api.GetJsonAsync(statusUrl)).GetProperty("status").GetString() == "stored", "the worker process to store the upload");
        Assert.Equal("Healthy", await api.Client.GetStringAsync("/health/ready", ct));
    }

    [Fact]
    public async Task Invalid_configuration_fails_start_naming_the_setting()
    {
        using var folder = new TestFolder();
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await ServiceHost.StartAsync(folder, new Dictionary<string, string?> { ["GovGraph:Worker:QueueCapacity"] = "0" });
        });
        Assert.Contains("GovGraph:Worker:QueueCapacity", error.Message, StringComparison.Ordinal);
    }
}
