using GovGraph.Core.Reading;

namespace GovGraph.Core.Ingest;

/// <summary>
/// What one ingest run did, for the closing summary. <paramref name="Skipped"/> counts files not read at all
/// (unchanged since they were stored, or failing as before); <paramref name="Deleted"/> the documents of files
/// that left the folder.
/// </summary>
public sealed record IngestSummary(
    int Files,
    int New,
    int Unchanged,
    int Replaced,
    IReadOnlyList<ReadFailure> Failed,
    long Mentions,
    int Concepts,
    long Bytes,
    TimeSpan Elapsed,
    int Skipped = 0,
    int Deleted = 0)
{
    public int Documents => New + Unchanged + Replaced;
}

/// <summary>Progress after each file, in input order.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, string Current);
