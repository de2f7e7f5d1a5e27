using GovGraph.Sqlite.Schema;
using GovGraph.Sqlite.Tests.Support;
using GovGraph.StoreContract.Fixtures;
using Microsoft.Data.Sqlite;
using Xunit;

namespace GovGraph.Sqlite.Tests.Schema;

public sealed class SchemaTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_empty_file_is_migrated_to_the_latest_version_in_wal_mode()
    {
        var path = _database.NewPath();

        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct))
        {
            await store.InitializeAsync(Ct);
        }

        await using var connection = Open(path);
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(SchemaMigrator.Embedded.Select(m => (long)m.Version), Column(connection, "SELECT version FROM schema_version ORDER BY version").Cast<long>());
        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.CurrentVersion(connection));
        foreach (var table in new[] { "document", "concept", "person", "organization", "place", "event", "event_series", "statement", "mention",
            "statement_about", "spoke_at", "first_proposed_at", "document_link", "co_occurrence", "person_stance", "node_count", "source_file", "dead_letter" })
        {
            Assert.Equal(1L, Scalar(connection, $"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '{table}'"));
        }
    }

    [Fact]
    public async Task Opening_a_migrated_file_again_applies_nothing_and_keeps_the_graph()
    {
        var path = _database.NewPath();
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct))
        {
            await store.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, Ct);
            await store.WriteAsync(ReferenceGraph.Reference(), Ct);
        }

        await using (var reopened = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct))
        {
            await reopened.InitializeAsync(Ct);
            Assert.NotNull(await reopened.GetDocumentAsync(ReferenceGraph.Reference().Document.Id, Ct));
            Assert.Equal(1, (await reopened.GetStatsAsync(Ct)).Documents);
        }

        await using var connection = Open(path);
        Assert.Equal((long)SchemaMigrator.Embedded.Count, Scalar(connection, "SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public void Migrations_are_embedded_numbered_from_one_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrator.Embedded.Count), SchemaMigrator.Embedded.Select(m => m.Version));
        Assert.All(SchemaMigrator.Embedded, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }

    [Fact]
    public void The_default_database_path_follows_GOVGRAPH_DB()
    {
        var previous = Environment.GetEnvironmentVariable(SqliteStoreOptions.EnvironmentVariable);
        try
        {
            var chosen = Path.Combine(_database.Folder, "chosen.db");
            Environment.SetEnvironmentVariable(SqliteStoreOptions.EnvironmentVariable, chosen);
            Assert.Equal(chosen, SqliteStoreOptions.DefaultDatabasePath());
            Environment.SetEnvironmentVariable(SqliteStoreOptions.EnvironmentVariable, null);
            Assert.EndsWith(Path.Combine("govgraph", "govgraph.db"), SqliteStoreOptions.DefaultDatabasePath(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(SqliteStoreOptions.EnvironmentVariable, previous);
        }
    }

    internal static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    internal static List<object> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<object>();
        while (reader.Read())
        {
            values.Add(reader.GetValue(0));
        }
        return values;
    }

    public void Dispose() => _database.Dispose();
}
