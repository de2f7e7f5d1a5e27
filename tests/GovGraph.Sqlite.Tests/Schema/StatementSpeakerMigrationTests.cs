using GovGraph.Core.Graph;
using GovGraph.Sqlite.Schema;
using GovGraph.Sqlite.Tests.Support;
using GovGraph.StoreContract.Fixtures;
using Microsoft.Data.Sqlite;
using Xunit;
using static GovGraph.Sqlite.Tests.Schema.SchemaTests;

namespace GovGraph.Sqlite.Tests.Schema;

/// <summary>
/// Migration 011 rebuilds the statement tables so an Organization can make a Statement: a file written before it
/// keeps every statement (now a Person's) and every ABOUT row, and afterwards takes an organisation's statements.
/// </summary>
public sealed class StatementSpeakerMigrationTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Statements_written_before_the_speaker_label_survive_it_as_peoples_and_bodies_can_then_make_them()
    {
        var path = _database.NewPath();
        using (var connection = Open(path))
        {
            // The file as migration 010 left it, with foreign keys enforced as the store enforces them.
            Execute(connection, "PRAGMA foreign_keys = ON; CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT '')");
            foreach (var migration in SchemaMigrator.Embedded.Where(m => m.Version < 11))
            {
                Execute(connection, migration.Sql);
                Execute(connection, $"INSERT INTO schema_version (version, name) VALUES ({migration.Version}, '{migration.Name}')");
            }
            Execute(connection, """
                INSERT INTO document (id, source_key, title, language, ingested_at, extractor_version, length) VALUES ('doc-1', 'a.txt', 'A', 'en', '2026-01-01', 'x', 10);
                INSERT INTO person (id, name, search) VALUES ('ana-quinterra', 'Ana Quinterra', 'ana quinterra');
                INSERT INTO concept (id, name, category, status, search) VALUES ('data-security', 'data security', 'security', 'taxonomy', 'data security');
                INSERT INTO statement (id, document_id, person_id, verb, stance, quote, start, end, sentence_start, sentence_end, published_key)
                    VALUES ('stmt-1', 'doc-1', 'ana-quinterra', 'urged', 'support', 'protect data', 0, 4, 0, 10, '');
                INSERT INTO statement_about (statement_id, concept_id, document_id, published_key, start) VALUES ('stmt-1', 'data-security', 'doc-1', '', 0);
                """);
        }

        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct))
        {
            await store.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, Ct);
            await store.WriteAsync(ReferenceGraph.Regulation(), Ct);
        }

        using var check = Open(path);
        Assert.Equal("Person", Scalar(check, "SELECT speaker_label FROM statement WHERE id = 'stmt-1'"));
        Assert.Equal(1L, Scalar(check, "SELECT count(*) FROM statement_about WHERE statement_id = 'stmt-1'"));
        Assert.Equal(2L, Scalar(check, $"SELECT count(*) FROM statement WHERE speaker_label = '{NodeLabels.Organization}' AND person_id = '{ReferenceGraph.Regulator}'"));
        Assert.Empty(Column(check, "PRAGMA foreign_key_check"));
        Assert.Equal(0L, Scalar(check, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_old'"));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _database.Dispose();
}
