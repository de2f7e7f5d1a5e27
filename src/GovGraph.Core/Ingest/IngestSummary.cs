using GovGraph.Core.Reading;

namespace GovGraph.Core.Ingest;

/// <summary>What one ingest run did, for the closing summary.</summary>
public sealed record IngestSummary(
    int Files,
    int New,
    int Unchanged,
    int Replaced,
    IReadOnlyList<ReadFailure> Failed,
    long Mentions,
    int Concepts,
    long Bytes,
    TimeSpan Elapsed)
{
    public int Documents => New + Unchanged + Replaced;
}

/// <summary>Progress after each file, in input order.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, string Current);
