using GovGraph.Core.Graph;
using GovGraph.Core.Reading;

namespace GovGraph.Core.Ingest;

/// <summary>
/// What reading and extraction made of one input file: a batch per document it held (a JSONL file
/// holds many) and a failure per part that could not be read. ContentHash is over the raw bytes, so
/// the worker can tell a changed file without reading it again.
/// </summary>
public sealed record ProcessedFile(
    string SourceKey,
    string ContentHash,
    IReadOnlyList<GraphBatch> Batches,
    IReadOnlyList<ReadFailure> Failures,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The read document each batch was extracted from, at the batch's index: what a report needs beyond the batch (the manifest's metadata).</summary>
    public IReadOnlyList<RawDocument> Sources { get; init; } = [];

    public static ProcessedFile Failed(string sourceKey, string reason, string contentHash = "") =>
        new(sourceKey, contentHash, [], [new ReadFailure(sourceKey, reason)], []);
}
