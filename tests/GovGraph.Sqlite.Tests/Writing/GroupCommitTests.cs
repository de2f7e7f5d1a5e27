using GovGraph.Core.Storage;
using GovGraph.Sqlite.Tests.Schema;
using GovGraph.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.Sqlite.Tests.Writing;

/// <summary>Document writes that share a commit: each still atomic, visible to the store's own reads at once, durable on dispose.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SqliteStoreOptions Grouped(string path) => new(path) { CommitInterval = TimeSpan.FromHours(1) };

    [Fact]
    public async Task A_pending_write_is_committed_before_the_store_answers_a_read()
    {
        var path = _database.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(Grouped(path), Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);

        await store.WriteAsync(Reference(), Ct);
        Assert.Equal(0L, CountDocumentsElsewhere(path));

        Assert.Equal(1, (await store.GetStatsAsync(Ct)).Documents);
        Assert.Equal(1L, CountDocumentsElsewhere(path));
    }

    [Fact]
    public async Task A_failed_write_in_a_group_undoes_only_itself()
    {
        var path = _database.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(Grouped(path), Ct);
        await store.UpsertTaxonomyAsync(Taxonomy, Ct);
        var speech = UnSpeech();
        var broken = ChineseReport() with { Statements = [ChineseReport().Statements[0] with { PersonId = "nobody" }] };

        await store.WriteAsync(Reference(), Ct);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(broken, Ct));
        await store.WriteAsync(speech, Ct);

        Assert.NotNull(await store.GetDocumentAsync(Reference().Document.Id, Ct));
        Assert.NotNull(await store.GetDocumentAsync(speech.Document.Id, Ct));
        Assert.Null(await store.GetDocumentAsync(broken.Document.Id, Ct));
        Assert.Equal(2, (await store.GetStatsAsync(Ct)).Documents);
    }

    [Fact]
    public async Task A_write_that_fails_after_rows_went_in_leaves_the_earlier_writes_of_its_group_as_they_were()
    {
        // Compare with a store that never saw the failed write.
        var failedPath = _database.NewPath();
        var cleanPath = _database.NewPath();
        var speech = UnSpeech();
        // The second statement reuses a statement id the reference document owns: the primary key fails
        // after the document, its sentences, mentions and first statement are already written.
        var clash = speech with { Statements = [speech.Statements[0], speech.Statements[1] with { Id = Reference().Statements[0].Id }] };
        var record = new SourceFileState("seed/000_reference.txt", "h", SourceFileStatus.Stored, 1, Reference().Document.Id, null, DateTimeOffset.UnixEpoch);
        string failedExport, cleanExport;
        await using (var failed = await SqliteGraphStore.OpenAsync(Grouped(failedPath), Ct))
        {
            await failed.UpsertTaxonomyAsync(Taxonomy, Ct);
            await failed.WriteAsync(Reference(), Ct);
            await failed.SaveSourceFileAsync(record, Ct);
            await failed.WriteAsync(ChineseReport(), Ct);
            await Assert.ThrowsAsync<SqliteException>(() => failed.WriteAsync(clash, Ct));
            Assert.Equal(0L, CountDocumentsElsewhere(failedPath));
            Assert.Equal(WriteOutcome.Unchanged, await failed.WriteAsync(ChineseReport(), Ct));
            failedExport = await Core.Export.JsonExportWriter.WriteToStringAsync(failed.ExportAsync(Ct), Ct);
            Assert.Equal(SourceFileStatus.Stored, (await failed.GetSourceFileAsync(record.SourceKey, Ct))!.Status);
        }
        await using (var clean = await SqliteGraphStore.OpenAsync(Grouped(cleanPath), Ct))
        {
            await clean.UpsertTaxonomyAsync(Taxonomy, Ct);
            await clean.WriteAsync(Reference(), Ct);
            await clean.SaveSourceFileAsync(record, Ct);
            await clean.WriteAsync(ChineseReport(), Ct);
            cleanExport = await Core.Export.JsonExportWriter.WriteToStringAsync(clean.ExportAsync(Ct), Ct);
        }

        Assert.Equal(cleanExport, failedExport);
        await using var connection = SchemaTests.Open(failedPath);
        foreach (var (stored, recomputed) in DerivedTablesTests.Checks)
        {
            Assert.Equal(DerivedTablesTests.Rows(connection, recomputed), DerivedTablesTests.Rows(connection, stored));
        }
        Assert.Empty(DerivedTablesTests.Rows(connection, "PRAGMA foreign_key_check"));
    }

    [Fact]
    public async Task Disposing_the_store_commits_what_is_pending()
    {
        var path = _database.NewPath();
        await using (var store = await SqliteGraphStore.OpenAsync(Grouped(path), Ct))
        {
            await store.UpsertTaxonomyAsync(Taxonomy, Ct);
            await store.WriteAsync(Reference(), Ct);
            await store.SaveSourceFileAsync(new SourceFileState("seed/000_reference.txt", "h", SourceFileStatus.Stored, 1, Reference().Document.Id, null, DateTimeOffset.UnixEpoch), Ct);
        }

        Assert.Equal(1L, CountDocumentsElsewhere(path));
        await using var reopened = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct);
        Assert.Equal(SourceFileStatus.Stored, (await reopened.GetSourceFileAsync("seed/000_reference.txt", Ct))!.Status);
    }

    /// <summary>What another process sees: only committed rows.</summary>
    private static long CountDocumentsElsewhere(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM document";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => _database.Dispose();
}
