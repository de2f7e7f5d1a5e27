using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Service.Tests.Worker;

/// <summary>Stopping and starting again on the same store and inbox resumes without re-ingesting anything.</summary>
[Collection(nameof(ExactMetricsCollection))]
public sealed class RestartTests
{
    [Fact]
    public async Task Restart_resumes_without_reingesting()
    {
        var reference = TestCorpus.Require(TestCorpus.ReferenceDocument);
        using var folder = new TestFolder();
        string firstIngestedAt;
        await using (var first = await ServiceHost.StartAsync(folder))
        {
            folder.DropIntoInbox(reference);
            await first.WaitForDocumentsAsync(1);
            firstIngestedAt = (await first.GetJsonAsync("/api/documents")).GetProperty("items")[0].GetProperty("id").GetString()!;
            firstIngestedAt = (await first.GetJsonAsync($"/api/documents/{firstIngestedAt}")).GetProperty("document").GetProperty("ingestedAt").GetString()!;
        }

        await using var second = await ServiceHost.StartAsync(folder);
        // A new file after the restart: once it is stored, the start-up scan has passed the old one too.
        folder.WriteIntoInbox("later.txt", "Secretary-General António Guterres urged closing the digital divide."u8.ToArray());
        await second.WaitForDocumentsAsync(2);
        await Eventually.TrueAsync(async () => (await PrometheusScrape.GetAsync(second.Client)).Value("govgraph_queue_depth") == 0, "the queue to drain");

        var metrics = await PrometheusScrape.GetAsync(second.Client);
        // This process wrote exactly one document (the new one); the reference document never reached the store again.
        Assert.Equal(1, metrics.Value("govgraph_documents_ingested_total", ("outcome", "new")));
        Assert.Equal(0, metrics.Value("govgraph_documents_ingested_total", ("outcome", "unchanged")));
        var documents = await second.GetJsonAsync("/api/documents");
        Assert.Equal(2, documents.GetProperty("total").GetInt32());
        var ingestedAt = new List<string>();
        foreach (var document in documents.GetProperty("items").EnumerateArray())
        {
            var detail = await second.GetJsonAsync($"/api/documents/{document.GetProperty("id").GetString()}");
            ingestedAt.Add(detail.GetProperty("document").GetProperty("ingestedAt").GetString()!);
        }
        Assert.Contains(firstIngestedAt, ingestedAt);
    }
}
