using GovGraph.Core.Review;
using GovGraph.Core.Storage;

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

    [LoggerMessage(6, LogLevel.Information, "Stored {SourceKey} as {DocumentId} ({Outcome})")]
    public static partial void DocumentStored(ILogger logger, string sourceKey, string documentId, WriteOutcome outcome);

    [LoggerMessage(7, LogLevel.Warning, "Dead-lettered {SourceKey}: {Reason}")]
    public static partial void DocumentDeadLettered(ILogger logger, string sourceKey, string reason);

    [LoggerMessage(8, LogLevel.Debug, "Could not read {SourceKey} now ({Reason}); the next scan tries again")]
    public static partial void FileUnreadable(ILogger logger, string sourceKey, string reason);

    [LoggerMessage(9, LogLevel.Warning, "Store unavailable for {SourceKey} (attempt {Attempt}); kept pending for the next scan")]
    public static partial void StoreUnavailable(ILogger logger, string sourceKey, int attempt, Exception exception);

    [LoggerMessage(10, LogLevel.Error, "Could not record the dead letter for {SourceKey}; the next scan tries again")]
    public static partial void DeadLetterNotRecorded(ILogger logger, string sourceKey, Exception exception);

    [LoggerMessage(11, LogLevel.Warning, "Could not record the state of {SourceKey}")]
    public static partial void StateNotRecorded(ILogger logger, string sourceKey, Exception exception);

    [LoggerMessage(12, LogLevel.Warning, "Could not prepare {SourceKey}; the next scan tries again")]
    public static partial void ExtractFailed(ILogger logger, string sourceKey, Exception exception);

    [LoggerMessage(13, LogLevel.Warning, "Store call failed transiently; retry {Attempt} in {Delay}")]
    public static partial void StoreRetry(ILogger logger, int attempt, TimeSpan delay, Exception? exception);

    [LoggerMessage(14, LogLevel.Error, "Store circuit opened for {BreakDuration} after repeated transient failures")]
    public static partial void CircuitOpened(ILogger logger, TimeSpan breakDuration, Exception? exception);

    [LoggerMessage(15, LogLevel.Information, "Candidate {CandidateId} {Verdict} (concept {ConceptId})")]
    public static partial void CandidateDecided(ILogger logger, string candidateId, ReviewVerdict verdict, string? conceptId);
}
