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
public sealed class FileIngestion : IDisposable
{
    private readonly IGraphStore store;
    private readonly Func<DocumentProcessor> processor;
    private readonly IngestFlowOptions options;
    private readonly IStoreCalls calls;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Dictionary<string, string> realRoots = new(StringComparer.Ordinal);
    // Ordinary parses share the gate; a suspect (a file that was being read when the process ended) takes it
    // alone, so if it ends the process again the record says which file did it.
    private readonly ReaderWriterLockSlim parseGate = new(LockRecursionPolicy.NoRecursion);

    public FileIngestion(IGraphStore store, Func<DocumentProcessor> processor, IngestLedger ledger, IngestFlowOptions options,
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

    /// <summary>
    /// Puts the coming attempts at these files on disk in one commit, before any of them is parsed: after a
    /// crash, the files still marked attempted are the ones that may have caused it. Suspects are recorded
    /// alone, by <see cref="Extract"/>.
    /// </summary>
    public async Task RecordAttemptsAsync(IReadOnlyList<FileJob> jobs, CancellationToken cancellationToken)
    {
        var states = jobs.Where(j => j.NeedsParse && !j.Suspect).Select(AttemptRecord).ToList();
        if (states.Count == 0)
        {
            return;
        }
        try
        {
            await calls.RunAsync(async ct => { await store.SaveSourceFilesAsync(states, ct); return true; }, cancellationToken);
            states.ForEach(Ledger.Set);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store cannot take even the attempt records (a full disk): the documents will not commit
            // either, and the flow retries them; parsing meanwhile is as safe as it was before records existed.
            Health.Failed(null, e);
            Log.StateNotRecorded(logger, states[0].SourceKey, e);
        }
    }

    private SourceFileState AttemptRecord(FileJob job) =>
        new(job.SourceKey, job.Previous?.ContentHash ?? "", job.Suspect ? SourceFileStatus.Parsing : SourceFileStatus.Queued,
            job.Attempt, job.Previous?.DocumentId, null, time.GetUtcNow(), job.Stamp);

    /// <summary>Reads and parses one planned file (CPU work; call it on an extraction thread). Never throws for bad input.</summary>
    public ExtractedJob Extract(FileJob job, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (job.Suspect)
        {
            parseGate.EnterWriteLock();
        }
        else
        {
            parseGate.EnterReadLock();
        }
        try
        {
            if (job.Suspect)
            {
                Log.SuspectFile(logger, job.SourceKey);
                var record = AttemptRecord(job);
                try
                {
                    calls.RunAsync(async ct => { await store.SaveSourceFilesAsync([record], ct); return true; }, cancellationToken).GetAwaiter().GetResult();
                    Ledger.Set(record);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Health.Failed(null, e);
                    Log.StateNotRecorded(logger, job.SourceKey, e);
                }
            }
            var current = processor();
            byte[] content;
            FileStamp stamp;
            try
            {
                (content, stamp) = InboxFiles.ReadNoFollow(job.RealPath, current.MaxFileBytes);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return new ExtractedJob(job, null, null, null, started); // gone since it was planned: nothing to do
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new ExtractedJob(job, null, null, $"cannot read the file: {e.Message}", started);
            }
            cancellationToken.ThrowIfCancellationRequested();
            var processed = current.CheckSize(job.SourceKey, stamp.Length) is { } tooLarge
                ? ProcessedFile.Failed(job.SourceKey, tooLarge.Reason)
                : current.Process(job.SourceKey, Path.GetFileName(job.File.FullPath), content, job.File.ManifestMetadata, cancellationToken);
            foreach (var batch in processed.Batches)
            {
                store.PrepareForWrite(batch);
            }
            return new ExtractedJob(job, processed, stamp, null, started);
        }
        finally
        {
            if (job.Suspect)
            {
                parseGate.ExitWriteLock();
            }
            else
            {
                parseGate.ExitReadLock();
            }
        }
    }

    /// <summary>Settles a file decided without reading: skipped, or dead-lettered with its reason.</summary>
    public async Task<FileResult> DecideAsync(FileJob job, CancellationToken cancellationToken)
    {
        if (job.Decided == IngestOutcome.DeadLettered)
        {
            return await DeadLetterAsync(job, job.Stamp, job.Fingerprint ?? "", [new ReadFailure(job.SourceKey, job.Reason ?? "unreadable")], 0, cancellationToken);
        }
        return new FileResult(job.SourceKey, IngestOutcome.Skipped, [], [], 0, TimeSpan.Zero);
    }

    /// <summary>Writes a parsed file's documents (on the single writer). Stored means nothing yet: the receipt comes with the commit.</summary>
    public async Task<WriteStep> WriteAsync(ExtractedJob extracted, CancellationToken cancellationToken)
    {
        var job = extracted.Job;
        if (extracted.Result is null)
        {
            return extracted.Failure is null
                ? new(new FileResult(job.SourceKey, IngestOutcome.Skipped, [], [], 0, TimeSpan.Zero), null)
                : new(await DeadLetterAsync(job, extracted.Stamp ?? job.Stamp, "", [new ReadFailure(job.SourceKey, extracted.Failure)], extracted.StartedTimestamp, cancellationToken), null);
        }
        var result = extracted.Result;
        if (result.Batches.Count == 0)
        {
            IReadOnlyList<ReadFailure> failures = result.Failures.Count > 0 ? result.Failures : [new ReadFailure(job.SourceKey, "no document in the file")];
            return new(await DeadLetterAsync(job, extracted.Stamp, result.ContentHash, failures, extracted.StartedTimestamp, cancellationToken), null);
        }
        try
        {
            var written = new List<(Graph.GraphBatch, WriteOutcome)>(result.Batches.Count);
            var receipts = new List<Task>(result.Batches.Count);
            foreach (var batch in result.Batches)
            {
                var write = await calls.RunAsync(ct => store.WriteDeferredAsync(batch, ct), cancellationToken);
                written.Add((batch, write.Value));
                receipts.Add(write.Committed);
            }
            return new(null, new PendingCommit(extracted, written, receipts));
        }
        catch (Exception e) when (e is not OperationCanceledException && calls.IsTransient(e))
        {
            Health.Failed(null, e);
            return new(await RetryOrDeadLetterAsync(extracted, e, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new(await DeadLetterAsync(job, extracted.Stamp, result.ContentHash,
                [new ReadFailure(job.SourceKey, $"store rejected the document: {e.GetType().Name}: {e.Message}")], extracted.StartedTimestamp, cancellationToken), null);
        }
    }

    /// <summary>Reports a written file once its commit is known: stored, or back for a retry (or dead-lettered when retries are spent).</summary>
    public async Task<FileResult> SettleAsync(PendingCommit pending, CancellationToken cancellationToken)
    {
        var extracted = pending.Extracted;
        var job = extracted.Job;
        var result = extracted.Result!;
        try
        {
            await pending.Committed.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var receipt in pending.Receipts.Where(r => r.IsFaulted))
            {
                Health.Failed(receipt, receipt.Exception!.InnerException ?? e);
            }
            return await RetryOrDeadLetterAsync(extracted, e, cancellationToken);
        }
        Health.Committed();
        foreach (var (batch, outcome) in pending.Written)
        {
            Log.DocumentStored(logger, batch.SourceKey, batch.Document.Id, outcome);
        }
        foreach (var failure in result.Failures)
        {
            // A JSONL line that could not be read: the rest of the file is stored, the line is dead-lettered.
            await TryAddDeadLetterAsync(new DeadLetter(failure.SourceKey, failure.Reason, result.ContentHash, job.Attempt, time.GetUtcNow()), cancellationToken);
        }
        var state = new SourceFileState(job.SourceKey, result.ContentHash, SourceFileStatus.Stored, job.Attempt,
            pending.Written[0].Batch.Document.Id, null, time.GetUtcNow(), extracted.Stamp);
        Ledger.Set(state);
        try
        {
            // Its commit is not waited for: lost, the file is read once more at the next start and found unchanged.
            await store.SaveSourceFileDeferredAsync(state, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.StateNotRecorded(logger, job.SourceKey, e);
        }
        return new FileResult(job.SourceKey, IngestOutcome.Stored,
            pending.Written.Select(w => (w.Batch.Document.Id, w.Outcome)).ToList(), result.Failures,
            pending.Written.Sum(w => (long)w.Batch.Mentions.Count), time.GetElapsedTime(extracted.StartedTimestamp));
    }

    /// <summary>How long to wait before the given attempt at a file the store could not commit.</summary>
    public TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromTicks(Math.Min(options.MaxRetryDelay.Ticks, options.RetryDelay.Ticks * (1L << Math.Clamp(attempt - 1, 0, 20))));

    private async Task<FileResult> RetryOrDeadLetterAsync(ExtractedJob extracted, Exception reason, CancellationToken cancellationToken)
    {
        var job = extracted.Job;
        var hash = extracted.Result?.ContentHash ?? "";
        if (job.Attempt >= options.MaxStoreAttempts)
        {
            return await DeadLetterAsync(job, extracted.Stamp, hash,
                [new ReadFailure(job.SourceKey, $"the store could not commit the file's documents after {job.Attempt} attempts: {reason.Message}")], extracted.StartedTimestamp, cancellationToken);
        }
        var state = new SourceFileState(job.SourceKey, hash, SourceFileStatus.Pending, job.Attempt, null, reason.Message, time.GetUtcNow(), extracted.Stamp);
        Ledger.Set(state);
        try
        {
            await store.SaveSourceFileDeferredAsync(state, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.StateNotRecorded(logger, job.SourceKey, e);
        }
        Log.StoreRetry(logger, job.SourceKey, job.Attempt, RetryDelay(job.Attempt), reason);
        return new FileResult(job.SourceKey, IngestOutcome.Retry, [], [new ReadFailure(job.SourceKey, $"the store could not commit: {reason.Message}")], 0, time.GetElapsedTime(extracted.StartedTimestamp));
    }

    private async Task<FileResult> DeadLetterAsync(FileJob job, FileStamp? stamp, string contentHash, IReadOnlyList<ReadFailure> failures, long started, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var recorded = true;
        foreach (var failure in failures)
        {
            Log.DocumentDeadLettered(logger, failure.SourceKey, failure.Reason);
            recorded &= await TryAddDeadLetterAsync(new DeadLetter(failure.SourceKey, failure.Reason, contentHash.Length == 0 ? null : contentHash, job.Attempt, now), cancellationToken);
        }
        var state = new SourceFileState(job.SourceKey, contentHash, SourceFileStatus.Failed, job.Attempt, null, failures[0].Reason, now, stamp);
        try
        {
            if (recorded)
            {
                await calls.RunAsync(async ct => { await store.SaveSourceFileAsync(state, ct); return true; }, cancellationToken);
                Ledger.Set(state);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store cannot take the state; the ledger does not settle the file, so it is looked at again.
            Log.DeadLetterNotRecorded(logger, job.SourceKey, e);
        }
        return new FileResult(job.SourceKey, IngestOutcome.DeadLettered, [], failures, 0, started == 0 ? TimeSpan.Zero : time.GetElapsedTime(started));
    }

    private async Task<bool> TryAddDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        try
        {
            await calls.RunAsync(async ct => { await store.AddDeadLetterAsync(deadLetter, ct); return true; }, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.DeadLetterNotRecorded(logger, deadLetter.SourceKey, e);
            return false;
        }
    }

    /// <summary>
    /// The graph mirrors the folders: the documents of files that were stored from under <paramref name="roots"/>
    /// and are no longer there are deleted (unless <see cref="IngestFlowOptions.KeepDeleted"/>). Call it
    /// only after a complete walk; a root that is not there (an unmounted share) deletes nothing.
    /// </summary>
    public async Task<int> RemoveMissingAsync(IReadOnlyList<string> roots, IReadOnlySet<string> seen, CancellationToken cancellationToken)
    {
        if (options.KeepDeleted)
        {
            return 0;
        }
        var removed = 0;
        foreach (var root in roots.Where(Directory.Exists))
        {
            var prefix = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root))) + "/";
            foreach (var key in Ledger.KeysUnder(prefix).Where(k => !seen.Contains(k)))
            {
                var documents = await calls.RunAsync(ct => store.DeleteSourceAsync(key, ct), cancellationToken);
                Ledger.Remove(key);
                Log.SourceDeleted(logger, key, documents);
                removed += documents;
            }
        }
        return removed;
    }

    public void Dispose() => parseGate.Dispose();
}
