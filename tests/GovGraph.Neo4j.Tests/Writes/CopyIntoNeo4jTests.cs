using GovGraph.Core.Export;
using GovGraph.Core.Storage;
using GovGraph.Neo4j.Cypher;
using GovGraph.Neo4j.Tests.Support;
using GovGraph.Neo4j.Transport;
using GovGraph.Sqlite;
using GovGraph.StoreContract.Fixtures;
using Xunit;

namespace GovGraph.Neo4j.Tests.Writes;

/// <summary>
/// `govgraph copy --to neo4j` without a server: an embedded store copied into the Neo4j store over the recording
/// transport. The parameter rows it sends describe exactly the graph the embedded store exports, every statement
/// is one of the linted query files with its values as parameters, and each document is written in a transaction.
/// </summary>
public sealed class CopyIntoNeo4jTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_rows_a_copy_sends_describe_the_graph_the_embedded_store_exports()
    {
        var folder = Directory.CreateTempSubdirectory("gg-copy-neo4j-");
        try
        {
            await using var source = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(Path.Combine(folder.FullName, "graph.db")), Ct);
            await source.InitializeAsync(Ct);
            await source.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, Ct);
            foreach (var batch in ReferenceGraph.All())
            {
                await source.WriteAsync(batch, Ct);
            }
            await source.SaveSourceFileAsync(new SourceFileState("seed/000_reference.txt", "hash-1", SourceFileStatus.Stored, 1, ReferenceGraph.Reference().Document.Id, null,
                new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero)), Ct);
            await source.AddDeadLetterAsync(new DeadLetter("broken.pdf", "the PDF has no text layer", "hash-2", 1, new DateTimeOffset(2026, 1, 15, 9, 31, 0, TimeSpan.Zero)), Ct);
            var expected = Lines(await JsonExportWriter.WriteToStringAsync(source.ExportAsync(Ct), Ct));

            var transport = new RecordingTransport();
            var target = StoreFactory.Store(transport);
            var summary = await GraphCopy.RunAsync(source, source, target, null, Ct);

            Assert.Equal((3, 3, 1, 1), (summary.Documents, summary.New, summary.SourceFiles, summary.DeadLetters));
            var sent = transport.Sent.Select(s => s.Statement).ToList();
            Assert.Equal(expected, Lines(await JsonExportWriter.WriteToStringAsync(ParameterRowGraph.From(sent).Export().ToAsyncEnumerable(), Ct)));
            Assert.All(sent, s => Assert.Equal(CypherCatalog.Get(s.Name), s.Text));
            Assert.Equal(3, sent.Count(s => s.Name == "find-document"));
            Assert.All(transport.Sent.Where(s => s.Statement.Name is "find-document" or "write-document" or "write-mentions" or "write-statements"),
                s => Assert.True(s.InTransaction, s.Statement.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> Lines(string json) => [.. json.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}
