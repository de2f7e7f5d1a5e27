using GovGraph.Core.Graph;
using GovGraph.Sqlite.Schema;
using GovGraph.Sqlite.Tests.Support;
using GovGraph.StoreContract.Fixtures;
using Microsoft.Data.Sqlite;
using Xunit;
using static GovGraph.Sqlite.Tests.Schema.SchemaTests;

namespace GovGraph.Sqlite.Tests.Schema;

/// <summary>
/// Migration 012 adds the country table and SPEAKS_FOR to document_link's types: a file written before it keeps
/// its links, forgets its stored files' stamps so the worker reads each once more, and the document that read
/// gives again (same content, newer extractor) has its facts replaced, Country facts included.
/// </summary>
public sealed class CountryMigrationTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_store_from_before_countries_keeps_its_links_rereads_its_files_and_gains_country_facts_on_reextraction()
    {
        var path = _database.NewPath();
        var reference = ReferenceGraph.ReferenceBuilder().SpeaksFor(ReferenceGraph.China).Build();
        using (var connection = Open(path))
        {
            // The file as migration 011 left it: the reference document from an older extractor, its REPORTS_ON link and its stored file.
            Execute(connection, "PRAGMA foreign_keys = ON; CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT '')");
            foreach (var migration in SchemaMigrator.Embedded.Where(m => m.Version < 12))
            {
                Execute(connection, migration.Sql);
                Execute(connection, $"INSERT INTO schema_version (version, name) VALUES ({migration.Version}, '{migration.Name}')");
            }
            Execute(connection, $"""
                INSERT INTO document (id, source_key, title, language, country, ingested_at, extractor_version, length)
                    VALUES ('{reference.Document.Id}', '{reference.SourceKey}', 'old', 'en', 'CHN', '2026-01-01', 'extraction-old', 10);
                INSERT INTO document_text (document_id, text) VALUES ('{reference.Document.Id}', 'old text.');
                INSERT INTO event (id, name) VALUES ('{ReferenceGraph.Wic2023}', 'WIC 2023');
                INSERT INTO document_link (document_id, type, target_label, target_id) VALUES ('{reference.Document.Id}', 'REPORTS_ON', 'Event', '{ReferenceGraph.Wic2023}');
                INSERT INTO source_file (source_key, content_hash, status, attempts, document_id, updated_at, file_length, file_modified, file_changed)
                    VALUES ('{reference.SourceKey}', '{reference.Document.Id}', 'Stored', 1, '{reference.Document.Id}', '2026-01-01', 10, 20, 30);
                """);
        }

        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct))
        {
            using (var migrated = Open(path))
            {
                Assert.Equal(1L, Scalar(migrated, "SELECT count(*) FROM document_link WHERE type = 'REPORTS_ON'"));
                Assert.Equal(DBNull.Value, Scalar(migrated, "SELECT file_length FROM source_file"));
                Assert.Equal(0L, Scalar(migrated, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_old'"));
            }
            var file = await store.GetSourceFileAsync(reference.SourceKey, Ct);
            Assert.Null(file?.Stamp);
            await store.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, Ct);
            await store.WriteAsync(reference, Ct);
        }

        using var check = Open(path);
        Assert.Equal("China", Scalar(check, "SELECT name FROM country WHERE id = 'CHN'"));
        Assert.Equal("CHN", Scalar(check, $"SELECT target_id FROM document_link WHERE document_id = '{reference.Document.Id}' AND type = '{RelationshipTypes.SpeaksFor}'"));
        Assert.Equal(1L, Scalar(check, "SELECT count(*) FROM document_node WHERE label = 'Country' AND node_id = 'CHN'"));
        Assert.Empty(Column(check, "PRAGMA foreign_key_check"));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _database.Dispose();
}
