using GovGraph.Core.Storage;
using Microsoft.Data.Sqlite;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.Sqlite.Tests;

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
