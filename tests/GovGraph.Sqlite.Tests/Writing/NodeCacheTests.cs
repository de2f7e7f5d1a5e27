using GovGraph.Core.Export;
using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using GovGraph.Sqlite.Tests.Schema;
using GovGraph.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.Sqlite.Tests.Writing;

/// <summary>
/// The writer skips upserting a node it wrote unchanged before. These are the ways a node row can change
/// behind that memory: a rolled-back write, a removal that collects the node, another connection's commit.
/// After each, a document that repeats the node must still leave it in the store as the document gives it.
/// </summary>
public sealed class NodeCacheTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nodes_of_a_rolled_back_write_are_written_again_by_the_next_document_that_lists_them()
    {
        await using var store = await OpenWithTaxonomyAsync();
        await store.WriteAsync(Reference(), Ct);
        // The speech's second statement clashes with the reference's statement id after its new nodes went in.
        var speech = UnSpeech();
        var clash = speech with { Statements = [speech.Statements[0], speech.Statements[1] with { Id = Reference().Statements[0].Id }] };
        await Assert.ThrowsAsync<SqliteException>(() => store.WriteAsync(clash, Ct));

        await store.WriteAsync(speech, Ct);

        Assert.Equal(await ExportOfAsync(Reference(), UnSpeech()), await ExportAsync(store));
    }

    [Fact]
    public async Task Nodes_collected_with_a_deleted_document_come_back_with_the_next_document_that_lists_them()
    {
        await using var store = await OpenWithTaxonomyAsync();
        await store.WriteAsync(Reference(), Ct);
        await store.WriteAsync(UnSpeech(), Ct);
        Assert.True(await store.DeleteDocumentAsync(UnSpeech().Document.Id, Ct));

        await store.WriteAsync(UnSpeech(), Ct);

        Assert.Equal(await ExportOfAsync(Reference(), UnSpeech()), await ExportAsync(store));
    }

    [Fact]
    public async Task A_node_another_connection_changed_is_rewritten_by_the_next_document_that_lists_it()
    {
        var path = _database.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);
        await store.WriteAsync(UnSpeech(), Ct);
        Assert.True(await store.PingAsync(Ct)); // commits the group, so the other connection can write
        await using (var other = SchemaTests.Open(path))
        {
            SchemaTests.Scalar(other, $"UPDATE person SET name = 'changed elsewhere' WHERE id = '{Guterres}'");
        }

        await store.WriteAsync(Copy(UnSpeech(), "copy"), Ct);
        Assert.True(await store.PingAsync(Ct));

        await using var check = SchemaTests.Open(path);
        Assert.Equal(AntonioGuterres.Name, SchemaTests.Scalar(check, $"SELECT name FROM person WHERE id = '{Guterres}'"));
    }

    public void Dispose() => _database.Dispose();

    private async Task<SqliteGraphStore> OpenWithTaxonomyAsync()
    {
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(_database.NewPath()), Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);
        return store;
    }

    /// <summary>The export of a fresh store that took the documents in order with nothing in between.</summary>
    private async Task<string> ExportOfAsync(params GraphBatch[] batches)
    {
        await using var store = await OpenWithTaxonomyAsync();
        foreach (var batch in batches)
        {
            Assert.Equal(WriteOutcome.New, await store.WriteAsync(batch, Ct));
        }
        return await ExportAsync(store);
    }

    private static Task<string> ExportAsync(SqliteGraphStore store) => JsonExportWriter.WriteToStringAsync(store.ExportAsync(Ct), Ct);

    /// <summary>The same facts as another document: its own id, source file and statement ids.</summary>
    private static GraphBatch Copy(GraphBatch batch, string suffix) => batch with
    {
        Document = batch.Document with { Id = $"{batch.Document.Id}-{suffix}" },
        SourceKey = $"{batch.SourceKey}-{suffix}",
        Statements = [.. batch.Statements.Select(s => s with { Id = $"{s.Id}-{suffix}" })],
    };
}
