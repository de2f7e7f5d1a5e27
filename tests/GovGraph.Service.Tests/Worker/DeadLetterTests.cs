using System.Net;
using GovGraph.Core.Storage;
using GovGraph.Service.Tests.Support;
using GovGraph.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GovGraph.Service.Tests.Worker;

/// <summary>Bad documents and a flaky store: the poison goes to the dead-letter list, everything else is stored.</summary>
[Collection(nameof(ExactMetricsCollection))]
public sealed class DeadLetterTests
{
    [Fact]
    public async Task Poisoned_document_is_dead_lettered_while_the_next_one_is_stored()
    {
        var reference = TestCorpus.Require(TestCorpus.ReferenceDocument);
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder);

        var random = new Random(42);
        var poison = new byte[64 * 1024];
        random.NextBytes(poison);
        folder.WriteIntoInbox("poison.pdf", poison);
        folder.DropIntoInbox(reference);

        await host.WaitForDocumentsAsync(1);
        await Eventually.TrueAsync(async () => (await host.GetJsonAsync("/api/dead-letters")).GetProperty("total").GetInt32() == 1, "the poisoned file to be dead-lettered");
        var page = await host.GetJsonAsync("/api/dead-letters");
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        var letter = page.GetProperty("items")[0];
        Assert.EndsWith("poison.pdf", letter.GetProperty("sourceKey").GetString());
        Assert.False(string.IsNullOrWhiteSpace(letter.GetProperty("reason").GetString()));

        Assert.Equal(1, (await PrometheusScrape.GetAsync(host.Client)).Value("govgraph_documents_failed_total"));
        var stats = await host.GetJsonAsync("/api/stats");
        Assert.Equal(1, stats.GetProperty("documents").GetInt32());
        Assert.Equal(1, stats.GetProperty("deadLetters").GetInt32());
    }

    [Fact]
    public async Task Unreadable_entry_is_dead_lettered_once_however_often_the_inbox_is_scanned()
    {
        using var folder = new TestFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Inbox, "gone.txt"), Path.Combine(folder.Root, "no-such-file.txt"));
        await using var host = await ServiceHost.StartAsync(folder);
        await Eventually.TrueAsync(async () => (await host.GetJsonAsync("/api/dead-letters")).GetProperty("total").GetInt32() == 1, "the broken link to be dead-lettered");

        // Each new file triggers another scan, which meets the broken link again.
        folder.WriteIntoInbox("first.txt", "President Xi stressed the importance of respecting cyber sovereignty."u8.ToArray());
        await host.WaitForDocumentsAsync(1);
        folder.WriteIntoInbox("second.txt", "Secretary-General António Guterres urged closing the digital divide."u8.ToArray());
        await host.WaitForDocumentsAsync(2);

        var letters = (await host.GetJsonAsync("/api/dead-letters")).GetProperty("items");
        Assert.Equal(1, letters.GetArrayLength());
        Assert.Contains("broken symbolic link", letters[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_that_fails_twice_then_recovers_loses_nothing()
    {
        var reference = TestCorpus.Require(TestCorpus.ReferenceDocument);
        using var folder = new TestFolder();
        FlakyStore? flaky = null;
        await using var host = await ServiceHost.StartAsync(folder, services: services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(IGraphStore));
            services.Remove(real);
            services.AddSingleton<IGraphStore>(provider => flaky = new FlakyStore((IGraphStore)real.ImplementationFactory!(provider), failures: 2));
        });

        folder.DropIntoInbox(reference);
        await host.WaitForDocumentsAsync(1);

        Assert.Equal(2, flaky!.FailuresThrown);
        Assert.Equal(0, (await host.GetJsonAsync("/api/stats")).GetProperty("deadLetters").GetInt32());
        var documents = await host.GetJsonAsync("/api/documents");
        var id = documents.GetProperty("items")[0].GetProperty("id").GetString();
        using var response = await host.Client.GetAsync($"/api/documents/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await host.GetJsonAsync("/api/concepts/cyber-sovereignty/evidence")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Document_the_store_rejects_is_dead_lettered_and_the_rest_of_its_file_is_stored()
    {
        using var folder = new TestFolder();
        await using var host = await ServiceHost.StartAsync(folder, services: services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(IGraphStore));
            services.Remove(real);
            services.AddSingleton<IGraphStore>(provider => new RejectingStore((IGraphStore)real.ImplementationFactory!(provider), "Rejected here"));
        });

        folder.WriteIntoInbox("lines.jsonl", System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
            "{\"text\": \"Ministers backed data security rules for every platform.\"}",
            "{\"text\": \"Rejected here: leaders called for AI governance.\"}",
            "{\"text\": \"Delegates urged closing the digital divide.\"}") + "\n"));

        await host.WaitForDocumentsAsync(2);
        await Eventually.TrueAsync(async () => (await host.GetJsonAsync("/api/dead-letters")).GetProperty("total").GetInt32() == 1, "the rejected line to be dead-lettered");
        var letter = (await host.GetJsonAsync("/api/dead-letters")).GetProperty("items")[0];
        Assert.Contains("lines.jsonl#", letter.GetProperty("sourceKey").GetString(), StringComparison.Ordinal);
        Assert.Contains("store rejected the document", letter.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await host.GetJsonAsync("/api/stats")).GetProperty("documents").GetInt32());
    }

    /// <summary>A fake that makes a store rejection happen: the real store, refusing documents whose text holds a marker.</summary>
    private sealed class RejectingStore(IGraphStore inner, string marker) : GraphStoreDecorator(inner)
    {
        public override Task<WriteOutcome> WriteAsync(Core.Graph.GraphBatch batch, CancellationToken cancellationToken) =>
            batch.Document.Text.Contains(marker, StringComparison.Ordinal)
                ? throw new InvalidOperationException($"Document {batch.Document.Id}: SPOKE_AT points at a node the batch does not list.")
                : base.WriteAsync(batch, cancellationToken);
    }

    /// <summary>The one fake: the real store behind it, with its first writes failing as a locked SQLite database does.</summary>
    private sealed class FlakyStore(IGraphStore inner, int failures) : GraphStoreDecorator(inner)
    {
        private readonly int planned = failures;
        private int remaining = failures;

        public int FailuresThrown => planned - Math.Max(remaining, 0);

        public override Task<WriteOutcome> WriteAsync(Core.Graph.GraphBatch batch, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref remaining) >= 0)
            {
                throw new SqliteException("database is locked", 5);
            }
            return base.WriteAsync(batch, cancellationToken);
        }
    }
}
