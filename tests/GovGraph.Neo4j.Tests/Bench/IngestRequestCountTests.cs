using GovGraph.Neo4j.Transport;
using GovGraph.Core;
using GovGraph.Core.Graph;
using GovGraph.Core.Ingest;
using GovGraph.Neo4j.Tests.Support;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Neo4j.Tests.Bench;

/// <summary>
/// What a Neo4j ingest costs in round trips: requests per document and rows per request for real documents
/// (the reference report and a UN General Assembly speech) through the real pipeline, counted through the
/// recording transport at several batch sizes. The table it prints is what bench/ reports; the default batch
/// size is chosen from it.
/// </summary>
public sealed class IngestRequestCountTests
{
    private const string UnSpeech = "ungdc/docs/CHN_76_2021.txt";

    public static TheoryData<string> Documents => new() { TestCorpus.ReferenceDocument, UnSpeech };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_document_is_written_in_one_transaction_with_batches_no_larger_than_the_batch_size(string relativePath)
    {
        var batch = Process(relativePath);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{relativePath}: {batch.Mentions.Count} mentions, {batch.Statements.Count} statements");
        output.WriteLine("batch size | requests | rows | rows/request (mean) | rows/request (max)");
        foreach (var batchSize in new[] { 10, 50, 100, 500, 1000 })
        {
            var (transport, rowCounts) = await WriteAsync(batch, batchSize);
            Assert.Equal(1, transport.Transactions);
            Assert.All(rowCounts, n => Assert.InRange(n, 1, batchSize));
            output.WriteLine($"{batchSize,10} | {transport.Sent.Count,8} | {rowCounts.Sum(),4} | {rowCounts.Average(),19:F1} | {rowCounts.Max(),18}");
        }
        // At the default batch size a document this size needs one request per statement kind: no kind is split.
        var (defaults, counts) = await WriteAsync(batch, new Neo4jStoreOptions().BatchSize);
        Assert.Equal(defaults.Sent.Count, defaults.Sent.Select(s => s.Statement.Name).Distinct().Count());
        Assert.True(counts.Count > 0);
    }

    private static GraphBatch Process(string relativePath)
    {
        var path = TestCorpus.Require(relativePath);
        var processor = GovGraphComponents.CreateProcessor(GraphSchemaLocator.Find(), TimeProvider.System);
        var processed = processor.Process(relativePath, Path.GetFileName(path), File.ReadAllBytes(path), metadata: null);
        return Assert.Single(processed.Batches);
    }

    private static async Task<(RecordingTransport Transport, List<int> RowsPerRequest)> WriteAsync(GraphBatch batch, int batchSize)
    {
        var transport = new RecordingTransport();
        var store = StoreFactory.Store(transport, StoreFactory.Options(batchSize: batchSize));
        await store.WriteAsync(batch, TestContext.Current.CancellationToken);
        var rows = transport.Sent
            .Select(s => s.Statement.Parameters.TryGetValue("rows", out var r) ? ((IEnumerable<object?>)r!).Count()
                : s.Statement.Parameters.TryGetValue("conceptIds", out var c) ? ((IEnumerable<object?>)c!).Count() : 1)
            .ToList();
        return (transport, rows);
    }
}
