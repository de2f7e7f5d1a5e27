using GovGraph.Neo4j.Transport;
using GovGraph.Core.Export;
using GovGraph.Neo4j.Tests.Support;
using GovGraph.Sqlite;
using GovGraph.StoreContract.Fixtures;
using Xunit;

namespace GovGraph.Neo4j.Tests.Writes;

/// <summary>
/// The Neo4j store's writes for the reference document describe, statement by statement, the same graph the
/// SQLite store stores: the parameter rows each store writes, compared through the export's shape. (Where a
/// Neo4j server answers, the contract suite compares the exported JSON of both stores directly.)
/// </summary>
public sealed class ReferenceDocumentRowsTests
{
    [Fact]
    public async Task The_reference_documents_parameter_rows_describe_the_graph_the_sqlite_store_exports()
    {
        var ct = TestContext.Current.CancellationToken;
        var batch = ReferenceGraph.Reference();

        var sqlite = await SqliteExportAsync([batch], ct);
        var neo4j = await Neo4jRowsExportAsync([batch], ct);

        Assert.Equal(sqlite, neo4j);
        Assert.Contains(neo4j, line => line.Contains("\"SPOKE_AT\"", StringComparison.Ordinal));
        Assert.Contains(neo4j, line => line.Contains("\"OPPOSES\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Three_documents_that_share_people_events_and_concepts_give_the_same_rows_as_sqlite()
    {
        var ct = TestContext.Current.CancellationToken;
        var batches = ReferenceGraph.All();

        Assert.Equal(await SqliteExportAsync(batches, ct), await Neo4jRowsExportAsync(batches, ct));
    }

    [Fact]
    public async Task Every_write_of_a_document_runs_in_one_explicit_transaction()
    {
        var transport = new RecordingTransport();
        var store = StoreFactory.Store(transport);

        await store.WriteAsync(ReferenceGraph.Reference(), TestContext.Current.CancellationToken);

        Assert.Equal(1, transport.Transactions);
        Assert.All(transport.Sent, s => Assert.True(s.InTransaction, s.Statement.Name));
    }

    private static async Task<List<string>> SqliteExportAsync(IReadOnlyList<Core.Graph.GraphBatch> batches, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("gg-neo4j-rows-");
        try
        {
            await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(Path.Combine(folder.FullName, "graph.db")), ct);
            await store.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, ct);
            foreach (var batch in batches)
            {
                await store.WriteAsync(batch, ct);
            }
            return Lines(await JsonExportWriter.WriteToStringAsync(store.ExportAsync(ct), ct));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<List<string>> Neo4jRowsExportAsync(IReadOnlyList<Core.Graph.GraphBatch> batches, CancellationToken ct)
    {
        var transport = new RecordingTransport();
        var store = StoreFactory.Store(transport);
        await store.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, ct);
        foreach (var batch in batches)
        {
            await store.WriteAsync(batch, ct);
        }
        var taxonomy = transport.Sent.Select(s => s.Statement).Select(s => s.Name == "write-taxonomy"
            ? s with { Name = "write-concepts", Parameters = WithStatus(s.Parameters) }
            : s);
        return Lines(await JsonExportWriter.WriteToStringAsync(ParameterRowGraph.From(taxonomy).Export().ToAsyncEnumerable(), ct));
    }

    /// <summary>write-taxonomy sets status 'taxonomy' in its Cypher rather than in its rows.</summary>
    private static Dictionary<string, object?> WithStatus(IReadOnlyDictionary<string, object?> parameters) => new()
    {
        ["rows"] = ((IEnumerable<object?>)parameters["rows"]!).Cast<Dictionary<string, object?>>()
            .Select(r => (object?)new Dictionary<string, object?>(r) { ["status"] = "taxonomy" }).ToList(),
    };

    /// <summary>The APOC-shaped JSON lines `govgraph export --format json` writes.</summary>
    private static List<string> Lines(string json) => [.. json.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}
