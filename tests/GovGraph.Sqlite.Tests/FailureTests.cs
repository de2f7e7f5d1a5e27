using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using GovGraph.Sqlite.Tests.Schema;
using GovGraph.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.Sqlite.Tests;

/// <summary>Failures in the middle of a write, a locked file, and readers running while a writer works.</summary>
public sealed class FailureTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] FactTables = ["mention", "statement", "statement_about", "spoke_at", "first_proposed_at", "document_link", "document_node", "document_text"];

    [Fact]
    public async Task A_write_that_fails_after_rows_went_in_rolls_back_whole_and_leaves_earlier_documents_intact()
    {
        var path = _database.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);
        await store.WriteAsync(Reference(), Ct);
        var before = await Core.Export.JsonExportWriter.WriteToStringAsync(store.ExportAsync(Ct), Ct);
        // The UN speech's second statement reuses a statement id the reference document owns: the primary key
        // fails after the document, its sentences, mentions and first statement are already written.
        var speech = UnSpeech();
        var clash = speech with { Statements = [speech.Statements[0], speech.Statements[1] with { Id = Reference().Statements[0].Id }] };

        var error = await Assert.ThrowsAsync<SqliteException>(() => store.WriteAsync(clash, Ct));

        Assert.False(SqliteGraphStore.IsTransient(error));
        Assert.Equal(before, await Core.Export.JsonExportWriter.WriteToStringAsync(store.ExportAsync(Ct), Ct));
        await using var connection = SchemaTests.Open(path);
        foreach (var table in FactTables)
        {
            Assert.Equal(0L, SchemaTests.Scalar(connection, $"SELECT count(*) FROM {table} WHERE document_id = '{speech.Document.Id}'"));
        }
        Assert.Equal(WriteOutcome.New, await store.WriteAsync(speech, Ct));
    }

    [Fact]
    public async Task A_file_locked_by_another_process_beyond_the_busy_timeout_is_a_transient_failure()
    {
        var path = _database.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path) { BusyTimeout = TimeSpan.FromMilliseconds(200) }, Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);
        await using (var other = SchemaTests.Open(path))
        {
            using var hold = other.BeginTransaction(deferred: false);
            SchemaTests.Scalar(other, "SELECT 1");

            var error = await Assert.ThrowsAsync<SqliteException>(() => store.WriteAsync(Reference(), Ct));

            Assert.True(SqliteGraphStore.IsTransient(error), error.Message);
            hold.Rollback();
        }
        Assert.Equal(WriteOutcome.New, await store.WriteAsync(Reference(), Ct));
        Assert.False(SqliteGraphStore.IsTransient(new InvalidOperationException("a broken batch")));
    }

    [Fact]
    public async Task Readers_running_during_writes_never_fail_and_never_see_half_a_document()
    {
        var path = _database.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);
        const int Documents = 40;
        var batches = Enumerable.Range(0, Documents).Select(Variant).ToList();
        var mentionsPerDocument = batches[0].Mentions.Count;

        var writer = Task.Run(async () =>
        {
            foreach (var batch in batches)
            {
                await store.WriteAsync(batch, Ct);
            }
        }, Ct);
        var reads = 0;
        var lastSeen = 0;
        while (!writer.IsCompleted || reads == 0)
        {
            var page = await store.ListDocumentsAsync(new Core.Queries.PageRequest(0, 500), Ct);
            Assert.True(page.Total >= lastSeen, "a reader saw the document count go down");
            lastSeen = page.Total;
            foreach (var summary in page.Items.Take(5))
            {
                var document = await store.GetDocumentAsync(summary.Id, Ct);
                Assert.NotNull(document);
                Assert.Equal(mentionsPerDocument, document.Mentions.Sum(m => m.Count));
            }
            reads++;
        }
        await writer;
        Assert.Equal(Documents, (await store.GetStatsAsync(Ct)).Documents);
    }

    /// <summary>The UN speech with a different closing line: a distinct document at a distinct path, same facts.</summary>
    private static GraphBatch Variant(int i)
    {
        var speech = UnSpeech();
        var text = speech.Document.Text + $"Remarks delivered, version {i:D3}.\n";
        return speech with
        {
            SourceKey = $"ungdc/variant-{i:D3}.txt",
            Document = speech.Document with { Id = DocumentIdentity.Compute(text), Text = text },
            Statements = [.. speech.Statements.Select(s => s with { Id = $"{s.Id}-v{i:D3}" })],
        };
    }

    public void Dispose() => _database.Dispose();
}
