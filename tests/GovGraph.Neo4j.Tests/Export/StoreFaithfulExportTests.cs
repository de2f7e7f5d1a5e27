using GovGraph.Core;
using GovGraph.Core.Export;
using GovGraph.Core.Graph;
using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;
using GovGraph.Core.Storage;
using GovGraph.Neo4j.Tests.Support;
using GovGraph.Neo4j.Tests.Writes;
using GovGraph.Neo4j.Transport;
using GovGraph.Sqlite;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Neo4j.Tests.Export;

/// <summary>
/// One model for both stores' data: the whole corpus ingested into the SQLite store and, for the same documents,
/// through Neo4jGraphStore onto the recording transport. The neo4j-import CSVs of the SQLite store, read back as
/// neo4j-admin reads them, hold exactly the graph the Neo4j store's recorded parameter rows write: every label
/// (SourceFile and DeadLetter too), every property in the same encoding, every relationship (SUPPORTS too).
/// </summary>
public sealed class StoreFaithfulExportTests
{
    [Fact]
    public async Task The_neo4j_import_of_the_corpus_is_what_the_neo4j_store_writes_for_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var corpus = TestCorpus.RequireDirectory();
        var folder = Directory.CreateTempSubdirectory("gg-faithful-");
        try
        {
            var transport = new RecordingTransport();
            var neo4j = StoreFactory.Store(transport);
            var documents = 0;
            await using (var sqlite = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(Path.Combine(folder.FullName, "graph.db")), ct))
            {
                documents = await IngestAsync(corpus, sqlite, neo4j, ct);
                var files = await Neo4jImportExportWriter.WriteAsync(sqlite.ExportAsync(ct), Path.Combine(folder.FullName, "import"), ct);
                var imported = ImportCsv.ReadFolder(Path.Combine(folder.FullName, "import"), files);
                var written = ParameterRowGraph.From(transport.Sent.Select(s => s.Statement)).Export().ToList();

                var expected = ExportSamples.Canonical(written).Order(StringComparer.Ordinal).ToList();
                var actual = ExportSamples.Canonical(imported).Order(StringComparer.Ordinal).ToList();
                var missing = expected.Except(actual).Take(3).ToList();
                var extra = actual.Except(expected).Take(3).ToList();
                Assert.True(missing.Count == 0 && extra.Count == 0,
                    $"differences: neo4j store writes but the import lacks:\n{string.Join('\n', missing.Select(Short))}\nthe import has but the store does not write:\n{string.Join('\n', extra.Select(Short))}");
                Assert.Equal(expected.Count, actual.Count);

                // What the store's own queries read is there, in the store's encoding.
                Assert.Contains(files, f => f == Neo4jImportExportWriter.RelationshipFile(BookkeepingLabels.Supports, NodeLabels.Document, NodeLabels.Concept));
                Assert.Contains(files, f => f == Neo4jImportExportWriter.NodeFile(BookkeepingLabels.SourceFile));
                Assert.Contains(imported.OfType<ExportNode>(), n => n.Labels[0] == NodeLabels.Concept && n.Properties.ContainsKey("search"));
                Assert.Contains(imported.OfType<ExportNode>(), n => n.Labels[0] == NodeLabels.Document && n.Properties.ContainsKey("text"));
                Assert.All(imported.OfType<ExportRelationship>().Where(r => r.Type == RelationshipTypes.Mentions),
                    r => Assert.Matches(@"^\d+,\d+,\d+,\d+(;\d+,\d+,\d+,\d+)*$", (string)r.Properties["spans"]!));
                TestContext.Current.TestOutputHelper!.WriteLine($"{documents} documents; {actual.Count} nodes and relationships compared, 0 differences");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Every corpus file through the real processor, each batch, file state and dead letter to both stores in the
    /// same order. The recording transport answers like an empty database, so a document the SQLite store already
    /// holds (the same text under a second path) is not sent to it: a Neo4j server would answer find-document
    /// with "exists" and the store would write nothing.
    /// </summary>
    private static async Task<int> IngestAsync(string corpus, SqliteGraphStore sqlite, Store.Neo4jGraphStore neo4j, CancellationToken ct)
    {
        var processor = GovGraphComponents.CreateProcessor(GraphSchemaLocator.Find(), TimeProvider.System);
        var at = new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);
        var documents = 0;
        foreach (var file in InputFiles.Enumerate([corpus]))
        {
            var processed = processor.Process(file, ct);
            foreach (var batch in processed.Batches)
            {
                var outcome = await sqlite.WriteAsync(batch, ct);
                Assert.NotEqual(WriteOutcome.Replaced, outcome);
                if (outcome == WriteOutcome.New)
                {
                    await neo4j.WriteAsync(batch, ct);
                    documents++;
                }
            }
            foreach (var store in new IGraphStore[] { sqlite, neo4j })
            {
                var failure = processed.Failures.Count > 0 ? processed.Failures[0] : null;
                await store.SaveSourceFileAsync(new SourceFileState(file.SourceKey, processed.ContentHash,
                    failure is null ? SourceFileStatus.Stored : SourceFileStatus.Failed, 1, processed.Batches.Count > 0 ? processed.Batches[0].Document.Id : null, failure?.Reason, at), ct);
                if (failure is not null)
                {
                    await store.AddDeadLetterAsync(new DeadLetter(file.SourceKey, failure.Reason, processed.ContentHash, 1, at), ct);
                }
            }
        }
        return documents;
    }

    private static string Short(string line) => line.Length > 400 ? line[..400] + "…" : line;
}
