using GovGraph.Core.Review;

namespace GovGraph.Service;

/// <summary>Every log line the service writes, source-generated (no boxing, no positional placeholders).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Store ready: {ConceptCount} taxonomy concepts, taxonomy version {TaxonomyVersion}")]
    public static partial void StoreReady(ILogger logger, int conceptCount, string taxonomyVersion);

    [LoggerMessage(2, LogLevel.Information, "Worker watching {Inbox} with {Parallelism} extractors and one writer")]
    public static partial void WorkerStarted(ILogger logger, string inbox, int parallelism);

    [LoggerMessage(3, LogLevel.Information, "Worker stopping; {QueueDepth} files left for the next start")]
    public static partial void WorkerStopping(ILogger logger, int queueDepth);

    [LoggerMessage(4, LogLevel.Debug, "Scanned {Inbox}: {Queued} files queued")]
    public static partial void InboxScanned(ILogger logger, string inbox, int queued);

    [LoggerMessage(5, LogLevel.Warning, "File-system events for {Inbox} unavailable; relying on the periodic rescan")]
    public static partial void WatcherFailed(ILogger logger, string inbox, Exception? exception);

    [LoggerMessage(12, LogLevel.Warning, "Could not ingest {SourceKey}; the next scan tries again")]
    public static partial void ExtractFailed(ILogger logger, string sourceKey, Exception exception);

    [LoggerMessage(13, LogLevel.Warning, "Store call failed transiently; retry {Attempt} in {Delay}")]
    public static partial void StoreRetry(ILogger logger, int attempt, TimeSpan delay, Exception? exception);

    [LoggerMessage(14, LogLevel.Error, "Store circuit opened for {BreakDuration} after repeated transient failures")]
    public static partial void CircuitOpened(ILogger logger, TimeSpan breakDuration, Exception? exception);

    [LoggerMessage(15, LogLevel.Information, "Candidate {CandidateId} {Verdict} (concept {ConceptId})")]
    public static partial void CandidateDecided(ILogger logger, string candidateId, ReviewVerdict verdict, string? conceptId);

    [LoggerMessage(16, LogLevel.Warning, "Listening on {Addresses} beyond loopback with no GovGraph:Api:ApiKey: anyone who can reach it can write (upload, delete, decide candidates)")]
    public static partial void OpenWritesBeyondLoopback(ILogger logger, string addresses);

    [LoggerMessage(40, LogLevel.Information, "The store holds {Count} candidate decisions made elsewhere since the last look; documents from now on are read with them")]
    public static partial void StoreReviewsChanged(ILogger logger, int count);

    [LoggerMessage(41, LogLevel.Warning, "Could not read the store's candidate decisions; the worker keeps reading with the ones it has")]
    public static partial void StoreReviewsUnreadable(ILogger logger, Exception exception);
}
