using GovGraph.Core.Reading;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Ingest;

/// <summary>What the ingest flow did with one file, in the manner of kernel-memory's handlers.</summary>
public enum IngestOutcome
{
    /// <summary>Unchanged since it was stored (or since it failed): not read.</summary>
    Skipped,
    /// <summary>Its documents are committed.</summary>
    Stored,
    /// <summary>The store could not commit its documents; it is tried again after a wait.</summary>
    Retry,
    /// <summary>Failed for good, with a dead letter that says why.</summary>
    DeadLettered,
}

/// <summary>A file the flow has looked at without reading it: to skip, to dead-letter with a reason, or to parse.</summary>
public sealed record FileJob(
    InputFile File,
    string RealPath,
    FileStamp? Stamp,
    SourceFileState? Previous,
    int Attempt,
    IngestOutcome? Decided,
    string? Reason,
    string? Fingerprint,
    bool Suspect)
{
    public string SourceKey => File.SourceKey;

    public bool NeedsParse => Decided is null;
}

/// <summary>A file after the CPU step: its documents and failures, and the stamp of what was read.</summary>
public sealed record ExtractedJob(FileJob Job, ProcessedFile? Result, FileStamp? Stamp, string? Failure, long StartedTimestamp);

/// <summary>
/// A file whose documents are written and whose group commits have not been reported yet. It keeps what settling
/// reports (ids, counts, the file's failures and hash), not the batches or the read documents: their texts and
/// facts can go once written, instead of waiting out the commit interval with every file written in it.
/// </summary>
public sealed record PendingCommit(ExtractedJob Extracted, IReadOnlyList<WrittenDocument> Written, IReadOnlyList<Task> Receipts)
{
    public Task Committed { get; } = Receipts.Count == 1 ? Receipts[0] : Task.WhenAll(Receipts.Distinct());
}

/// <summary>One document a write stored, as settling reports it.</summary>
public readonly record struct WrittenDocument(string SourceKey, string DocumentId, int Mentions, WriteOutcome Outcome);

/// <summary>Either the file is settled, or its documents wait for their commit.</summary>
public readonly record struct WriteStep(FileResult? Settled, PendingCommit? Pending);

/// <summary>What the flow reports for one file, once it is settled.</summary>
public sealed record FileResult(
    string SourceKey,
    IngestOutcome Outcome,
    IReadOnlyList<(string DocumentId, WriteOutcome Outcome)> Documents,
    IReadOnlyList<ReadFailure> Failures,
    long Mentions,
    TimeSpan Elapsed);
