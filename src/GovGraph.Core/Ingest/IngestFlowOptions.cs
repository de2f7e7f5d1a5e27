namespace GovGraph.Core.Ingest;

/// <summary>The rules of the one ingest flow, the same for `govgraph ingest` and the worker.</summary>
public sealed record IngestFlowOptions
{
    /// <summary>A file that ended the process this many times while it was being read alone is dead-lettered on the next start, not parsed again.</summary>
    public int MaxCrashes { get; init; } = 2;

    /// <summary>Attempts at a file whose documents the store could not commit (a full disk) before it is dead-lettered.</summary>
    public int MaxStoreAttempts { get; init; } = 5;

    /// <summary>First wait before a file the store could not commit is tried again; later waits double.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between store attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Where a file reached through a symbolic link may really live, besides the folders being ingested.
    /// Null follows links anywhere (the CLI reads what its user names); the worker gives a list, so a link
    /// in the inbox cannot lead out of it.
    /// </summary>
    public IReadOnlyList<string>? AllowedLinkRoots { get; init; }

    /// <summary>Keep the documents of files that left the folder (archives); by default the graph mirrors the folder.</summary>
    public bool KeepDeleted { get; init; }
}
