using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovGraph.Service.Cli;
using GovGraph.Service.Tests.Support;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>Candidate concepts through the API: accept one as a new concept, reject another; the decisions hold for later documents.</summary>
public sealed class CandidateReviewTests
{
    [Fact]
    public async Task Accepted_and_rejected_candidates_survive_reingest()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);
        var ct = TestContext.Current.CancellationToken;

        await UploadAndWaitAsync(host, "President Xi called for stronger platform governance and quantum cooperation across borders.");
        var candidates = await host.GetJsonAsync("/api/candidates");
        var ids = candidates.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("candidate-platform-governance", ids);
        Assert.Contains("candidate-quantum-cooperation", ids);

        using (var both = await host.Client.PostAsJsonAsync("/api/candidates/candidate-platform-governance/accept", new { mergeInto = "internet-governance", category = "internet-governance" }, ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        }
        using (var unknownTarget = await host.Client.PostAsJsonAsync("/api/candidates/candidate-platform-governance/accept", new { mergeInto = "no-such-concept" }, ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknownTarget.StatusCode);
        }
        using (var notACandidate = await host.Client.PostAsJsonAsync("/api/candidates/cyber-sovereignty/accept", new { mergeInto = "internet-governance" }, ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, notACandidate.StatusCode);
        }

        using (var accepted = await host.Client.PostAsJsonAsync("/api/candidates/candidate-platform-governance/accept", new { category = "internet-governance", broader = new[] { "internet-governance" } }, ct))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal("platform-governance", (await accepted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("conceptId").GetString());
        }
        using (var rejected = await host.Client.PostAsync("/api/candidates/candidate-quantum-cooperation/reject", null, ct))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        }

        // The stored mentions moved to the new concept; both candidates are gone.
        var concept = await host.GetJsonAsync("/api/concepts/platform-governance");
        Assert.Equal("taxonomy", concept.GetProperty("concept").GetProperty("status").GetString());
        Assert.Equal(1, concept.GetProperty("concept").GetProperty("documents").GetInt32());
        Assert.Equal(0, (await host.GetJsonAsync("/api/candidates")).GetProperty("total").GetInt32());

        // The decisions are in the store, not in the overlay file, and a later document is read with them.
        Assert.False(File.Exists(folder.CandidatesFile), "a decision wrote the overlay file");
        await UploadAndWaitAsync(host, "Ministers discussed platform governance. They also raised quantum cooperation again.");
        Assert.Equal(0, (await host.GetJsonAsync("/api/candidates")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await host.GetJsonAsync("/api/concepts/platform-governance")).GetProperty("concept").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Decisions_change_this_store_only_never_the_checkout_nor_another_store_and_export_moves_them()
    {
        var ct = TestContext.Current.CancellationToken;
        var checkout = Path.Combine(Core.GraphSchemaLocator.Find(), "reviewed", "candidates.yaml");
        var checkoutBefore = await File.ReadAllBytesAsync(checkout, ct);
        const string Text = "President Xi called for stronger platform governance and quantum cooperation across borders.";
        using var first = new TestFolder();
        using var second = new TestFolder();
        await using (var host = await ServiceHost.StartAsync(first))
        {
            await UploadAndWaitAsync(host, Text);
            using var accepted = await host.Client.PostAsJsonAsync("/api/candidates/candidate-platform-governance/accept", new { mergeInto = "internet-governance" }, ct);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal("store", (await accepted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("keptIn").GetString());
            using var rejected = await host.Client.PostAsync("/api/candidates/candidate-quantum-cooperation/reject", null, ct);
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
            Assert.Equal(0, (await host.GetJsonAsync("/api/candidates")).GetProperty("total").GetInt32());
        }
        Assert.Equal(checkoutBefore, await File.ReadAllBytesAsync(checkout, ct));
        Assert.False(File.Exists(first.CandidatesFile), "a decision wrote the overlay file");

        // Another store, same document: its candidates are untouched by the first store's decisions.
        await using (var host = await ServiceHost.StartAsync(second))
        {
            await UploadAndWaitAsync(host, Text);
            var ids = (await host.GetJsonAsync("/api/candidates")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
            Assert.Contains("candidate-platform-governance", ids);
            Assert.Contains("candidate-quantum-cooperation", ids);
        }

        // Deliberately: the first store's decisions exported to a file, then imported into the second store.
        var exported = Path.Combine(first.Root, "exported.yaml");
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, await GovGraphCli.RunAsync(["candidates", "export", "--output", exported, "--db", first.DatabasePath], output, error, ct));
        var yaml = await File.ReadAllTextAsync(exported, ct);
        Assert.Contains("candidate: candidate-platform-governance", yaml, StringComparison.Ordinal);
        Assert.Contains("mergeInto: internet-governance", yaml, StringComparison.Ordinal);
        Assert.Contains("decision: reject", yaml, StringComparison.Ordinal);
        Assert.Equal(0, await GovGraphCli.RunAsync(["candidates", "import", exported, "--db", second.DatabasePath], output, error, ct));
        await using var secondStore = await Sqlite.SqliteGraphStore.OpenAsync(new Sqlite.SqliteStoreOptions(second.DatabasePath), ct);
        Assert.Equal(["candidate-platform-governance", "candidate-quantum-cooperation"], (await secondStore.GetCandidateReviewsAsync(ct)).Select(r => r.CandidateId));
    }

    private static async Task UploadAndWaitAsync(ServiceHost host, string text)
    {
        using var response = await host.Client.PostAsync("/api/documents", new StringContent(text), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var statusUrl = response.Headers.Location!.ToString();
        await Eventually.TrueAsync(async () => (await host.GetJsonAsync(statusUrl)).GetProperty("status").GetString() == "stored", "the upload to be stored");
    }
}
