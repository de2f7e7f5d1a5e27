using System.Globalization;
using GovGraph.Core;
using GovGraph.Core.Ingest;
using GovGraph.Neo4j;
using GovGraph.Neo4j.Store;
using GovGraph.Neo4j.Transport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovGraph.Bench;

/// <summary>
/// What a Neo4j ingest costs in round trips, without a server: real documents through the real pipeline,
/// written by the real Neo4j store through a transport that records each request. Rows per request and
/// requests per document at several batch sizes make the default batch size a measured choice.
/// </summary>
internal static class Neo4jRequestsBench
{
    private static readonly string[] Documents =
    [
        "seed/000_9ee01519f96f8700.txt",
        "ungdc/docs/CHN_76_2021.txt",
        "prc-official-reports-zh/docs/gwr_2024.txt",
        "ai-governance-official/original/eu_ai_act_regulation_2024_1689.pdf",
    ];

    private static readonly int[] BatchSizes = [10, 50, 100, 500, 1000];

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var processor = GovGraphComponents.CreateProcessor(GraphSchemaLocator.Find(), TimeProvider.System);
        var defaultBatchSize = new Neo4jStoreOptions().BatchSize;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var relative in Documents)
        {
            var path = Path.Combine(args.Corpus, relative);
            if (!File.Exists(path))
            {
                continue;
            }
            var batch = processor.Process(relative, Path.GetFileName(path), File.ReadAllBytes(path), metadata: null).Batches.Single();
            foreach (var batchSize in BatchSizes)
            {
                var transport = new RecordingTransport();
                var options = new Neo4jStoreOptions { Uri = new Uri("http://127.0.0.1:7474"), BatchSize = batchSize };
                var store = new Neo4jGraphStore(
                    new CypherRunner(transport, Options.Create(options), TimeProvider.System, NullLogger<CypherRunner>.Instance),
                    Options.Create(options), NullLogger<Neo4jGraphStore>.Instance);
                await store.WriteAsync(batch, CancellationToken.None);
                var perRequest = transport.Sent.Select(s => RowsOf(s.Statement)).ToList();
                rows.Add([
                    Path.GetFileName(relative) + (batchSize == defaultBatchSize ? " (default batch size)" : ""),
                    batchSize.ToString(CultureInfo.InvariantCulture),
                    (transport.Sent.Count + transport.Transactions).ToString(CultureInfo.InvariantCulture), // + one commit each
                    perRequest.Sum().ToString(CultureInfo.InvariantCulture),
                    $"{perRequest.Average():F1}",
                    perRequest.Max().ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }
        Table.Print(["document", "batch size", "requests (incl. commit)", "rows", "rows/request mean", "rows/request max"], rows);
        return 0;
    }

    private static int RowsOf(CypherStatement statement) =>
        statement.Parameters.TryGetValue("rows", out var list) && list is IEnumerable<object?> many ? many.Count()
        : statement.Parameters.TryGetValue("conceptIds", out var ids) && ids is IEnumerable<object?> concepts ? concepts.Count()
        : 1;
}
