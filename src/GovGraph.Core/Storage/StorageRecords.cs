namespace GovGraph.Core.Storage;

public enum WriteOutcome
{
    New,
    Unchanged,
    Replaced,
}

public sealed record CandidateDecision(bool Accept, string? MergeIntoId, string? Category);

public enum SourceFileStatus
{
    /// <summary>The store could not take the file's documents; it is retried with backoff.</summary>
    Pending,
    Stored,
    Failed,
    /// <summary>An attempt was recorded before the file was parsed, beside others in flight; a start that finds it unfinished parses it alone.</summary>
    Queued,
    /// <summary>An attempt was recorded before the file was parsed alone: a start that finds it unfinished knows this file ended the process.</summary>
    Parsing,
}

/// <summary>
/// What the ingest flow knows about one input file. <paramref name="Stamp"/> is the file as it was read
/// (size, modification and change times): a file whose stamp still matches is not read again.
/// <paramref name="DocumentId"/> is the file's document, or the first of a multi-document file's.
/// </summary>
public sealed record SourceFileState(
    string SourceKey,
    string ContentHash,
    SourceFileStatus Status,
    int Attempts,
    string? DocumentId,
    string? Error,
    DateTimeOffset UpdatedAt,
    FileStamp? Stamp = null);

/// <summary>A file as the file system describes it: size, modification time and change time (ticks, UTC); a rewrite moves the change time even when size and modification time are put back.</summary>
public readonly record struct FileStamp(long Length, long ModifiedTicks, long ChangedTicks);

/// <summary>A write and its receipt: <see cref="Committed"/> completes when the write is durable, or faults with why it is not.</summary>
public readonly record struct Written<T>(T Value, Task Committed);

/// <summary>A document that failed for good, with the reason, kept for the analyst to look at.</summary>
public sealed record DeadLetter(string SourceKey, string Reason, string? ContentHash, int Attempts, DateTimeOffset FailedAt);

/// <summary>One line of an APOC-shaped export: a node or a relationship.</summary>
public abstract record ExportRecord;

public sealed record ExportNode(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties) : ExportRecord;

public sealed record ExportRelationship(string Id, string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties) : ExportRecord;
