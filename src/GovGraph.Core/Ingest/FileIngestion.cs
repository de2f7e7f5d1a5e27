using System.Text;
using GovGraph.Core.Reading;
using GovGraph.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovGraph.Core.Ingest;

/// <summary>
/// The one ingest flow for one file, in the manner of kernel-memory's handlers: <see cref="Plan"/> decides
/// without reading (unchanged: skipped; too large, a link out of the folder, or a file that ended the process
/// before: dead-lettered), <see cref="Extract"/> reads and parses (CPU, on the orchestrator's extraction
/// threads), <see cref="WriteAsync"/> writes on the single writer, and <see cref="SettleAsync"/> reports the
/// file once its group commit has landed, or puts it back for a retry when it did not. It owns the size
/// check, the source-file record and the dead letter; `govgraph ingest` and the worker only orchestrate.
/// Before a file is parsed its attempt is on disk (<see cref="RecordAttemptsAsync"/>): a file found still
/// attempted at the next start ended that process, and is parsed alone, with nothing else in flight.
/// </summary>
public sealed partial class FileIngestion : IDisposable
{
    private readonly IIngestStore store;
    private readonly Func<DocumentProcessor> processor;
    private readonly IngestFlowOptions options;
    private readonly IStoreCalls calls;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Dictionary<string, string> realRoots = new(StringComparer.Ordinal);
    // Ordinary parses share the gate; a suspect (a file that was being read when the process ended) takes it
    // alone, so if it ends the process again the record says which file did it.
    private readonly ReaderWriterLockSlim parseGate = new(LockRecursionPolicy.NoRecursion);

    public FileIngestion(IIngestStore store, Func<DocumentProcessor> processor, IngestLedger ledger, IngestFlowOptions options,
        CommitHealth health, IStoreCalls? calls = null, TimeProvider? time = null, ILogger? logger = null)
    {
        this.store = store;
        this.processor = processor;
        this.options = options;
        this.calls = calls ?? new DirectStoreCalls();
        this.time = time ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;
        Ledger = ledger;
        Health = health;
    }

    public IngestLedger Ledger { get; }

    public CommitHealth Health { get; }

    /// <summary>Decides what to do with a file from its stamp and its stored state, without reading it.</summary>
    public FileJob Plan(InputFile file, IReadOnlyList<string> roots)
    {
        var previous = Ledger.Get(file.SourceKey);
        if (file.Error is not null)
        {
            return Unread(file, previous, file.Error, null);
        }
        string realPath;
        try
        {
            realPath = RealPaths.Of(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unread(file, previous, $"cannot resolve symbolic link: {e.Message}", null);
        }
        if (options.AllowedLinkRoots is { } allowed && !roots.Concat(allowed).Any(root => IsInside(realPath, root)))
        {
            return Unread(file, previous, "a symbolic link that leads out of the folders GovGraph reads; not followed (GovGraph:Worker:AllowedLinkRoots lists folders links may lead to)", null);
        }
        if (InboxFiles.StampOf(realPath) is not { } stamp)
        {
            return new FileJob(file, realPath, null, previous, 0, IngestOutcome.Skipped, "gone before it was read", null, false);
        }
        if (processor().CheckSize(file.SourceKey, stamp.Length) is { } tooLarge)
        {
            return Unread(file, previous, tooLarge.Reason, stamp);
        }
        var same = previous?.Stamp == stamp;
        if (same && previous is { Status: SourceFileStatus.Stored or SourceFileStatus.Failed })
        {
            return new FileJob(file, realPath, stamp, previous, previous.Attempts, IngestOutcome.Skipped, null, null, false);
        }
        if (same && previous is { Status: SourceFileStatus.Parsing } && previous.Attempts >= options.MaxCrashes)
        {
            var reason = $"GovGraph stopped {previous.Attempts} times while reading this file (a parser crash, or the process was killed); it is not parsed again until it changes";
            return new FileJob(file, realPath, stamp, previous, previous.Attempts, IngestOutcome.DeadLettered, reason, previous.ContentHash, false);
        }
        var suspect = same && previous is { Status: SourceFileStatus.Queued or SourceFileStatus.Parsing };
        var attempt = (same && previous is { Status: not SourceFileStatus.Stored } ? previous.Attempts : 0) + 1;
        return new FileJob(file, realPath, stamp, previous, attempt, null, null, null, suspect);
    }

    /// <summary>A file that is not read: dead-lettered once, then skipped while the same problem stands.</summary>
    private static FileJob Unread(InputFile file, SourceFileState? previous, string reason, FileStamp? stamp)
    {
        var fingerprint = "unread-" + DocumentProcessor.HashContent(Encoding.UTF8.GetBytes($"{reason}|{stamp?.Length}|{stamp?.ModifiedTicks}|{stamp?.ChangedTicks}"));
        if (previous is { Status: SourceFileStatus.Failed } && previous.ContentHash == fingerprint)
        {
            return new FileJob(file, file.FullPath, stamp, previous, previous.Attempts, IngestOutcome.Skipped, reason, fingerprint, false);
        }
        return new FileJob(file, file.FullPath, stamp, previous, 1, IngestOutcome.DeadLettered, reason, fingerprint, false);
    }

    private bool IsInside(string realPath, string root)
    {
        string realRoot;
        lock (realRoots)
        {
            if (!realRoots.TryGetValue(root, out realRoot!))
            {
                try
                {
                    realRoot = RealPaths.Of(root);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    realRoot = Path.GetFullPath(root);
                }
                realRoots[root] = realRoot;
            }
        }
        return realPath.StartsWith(Path.TrimEndingDirectorySeparator(realRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    public void Dispose() => parseGate.Dispose();
}
