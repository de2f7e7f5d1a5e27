using GovGraph.Core.Storage;
using Microsoft.Extensions.Logging;

namespace GovGraph.Core;

/// <summary>The ingest flow's log messages (one place, compiled by the LoggerMessage generator).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Stored {SourceKey} as {DocumentId} ({Outcome})")]
    public static partial void DocumentStored(ILogger logger, string sourceKey, string documentId, WriteOutcome outcome);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Dead-lettered {SourceKey}: {Reason}")]
    public static partial void DocumentDeadLettered(ILogger logger, string sourceKey, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "The store could not commit {SourceKey} (attempt {Attempt}); trying again in {Delay}")]
    public static partial void StoreRetry(ILogger logger, string sourceKey, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "Could not record the dead letter for {SourceKey}; it is tried again")]
    public static partial void DeadLetterNotRecorded(ILogger logger, string sourceKey, Exception exception);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "{SourceKey} was being read when GovGraph last stopped; reading it alone")]
    public static partial void SuspectFile(ILogger logger, string sourceKey);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "{SourceKey} left the folder: {Documents} document(s) deleted")]
    public static partial void SourceDeleted(ILogger logger, string sourceKey, int documents);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Could not save the state of {SourceKey}")]
    public static partial void StateNotRecorded(ILogger logger, string sourceKey, Exception exception);
}
