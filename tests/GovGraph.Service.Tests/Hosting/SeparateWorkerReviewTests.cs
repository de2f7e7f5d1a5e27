using System.Net;
using System.Net.Http.Json;
using System.Text;
using GovGraph.Service.Hosting;
using GovGraph.Service.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GovGraph.Service.Tests.Hosting;

/// <summary>
/// `serve` and `worker` as separate processes on one store (as compose runs them): a decision made through the API
/// reaches the worker without a restart, so the next document is read with it.
/// </summary>
public sealed class SeparateWorkerReviewTests
{
    [Fact]
    public async Task A_worker_apart_from_the_api_reads_the_next_document_with_the_decisions_made_there()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder();
        await using var worker = await ServiceHost.StartAsync(folder, new Dictionary<string, string?> { ["GovGraph:Worker:ReviewRefresh"] = "00:00:00.200" }, roles: GovGraphRoles.Worker);
        await using var api = await ServiceHost.StartAsync(folder, roles: GovGraphRoles.Api);

        folder.WriteIntoInbox("first.txt", Encoding.UTF8.GetBytes("President Xi called for stronger platform governance and quantum cooperation across borders.\n"));
        await api.WaitForDocumentsAsync(1);
        var candidates = (await api.GetJsonAsync("/api/candidates")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("candidate-platform-governance", candidates);
        Assert.Contains("candidate-quantum-cooperation", candidates);

        using (var accepted = await api.Client.PostAsJsonAsync("/api/candidates/candidate-platform-governance/accept", new { category = "internet-governance" }, ct))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        using (var rejected = await api.Client.PostAsync("/api/candidates/candidate-quantum-cooperation/reject", null, ct))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        }

        // The worker process's own processor takes the two decisions up from the store.
        var processors = worker.App.Services.GetRequiredService<ProcessorProvider>();
        await Eventually.TrueAsync(() => Task.FromResult(processors.Overlay.Reviews.Count == 2), "the worker to read the store's decisions");

        folder.WriteIntoInbox("second.txt", Encoding.UTF8.GetBytes("Ministers discussed platform governance. They also raised quantum cooperation again.\n"));
        await api.WaitForDocumentsAsync(2);
        Assert.Equal(0, (await api.GetJsonAsync("/api/candidates")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await api.GetJsonAsync("/api/concepts/platform-governance")).GetProperty("concept").GetProperty("documents").GetInt32());
    }
}
