namespace GovGraph.Core.Reading;

/// <summary>What one file gave: its documents (one, or one per JSONL line) and the parts that could not be read.</summary>
public sealed record ReadResult(IReadOnlyList<RawDocument> Documents, IReadOnlyList<ReadFailure> Failures)
{
    internal static ReadResult Of(RawDocument document) => new([document], []);

    internal static ReadResult Failed(string sourceKey, string reason) => new([], [new ReadFailure(sourceKey, reason)]);
}

/// <summary>A file (or a JSONL line, "key#L12") that yielded no document, with a reason a person can act on.</summary>
public sealed record ReadFailure(string SourceKey, string Reason);
