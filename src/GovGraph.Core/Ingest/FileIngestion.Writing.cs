using GovGraph.Core.Reading;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Ingest;

/// <summary>Writing and settling: the single writer's half of the flow, the commit receipts, retries and dead letters.</summary>
public sealed partial class FileIngestion
{
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
            var written = new List<WrittenDocument>(result.Batches.Count);
            var receipts = new List<Task>(result.Batches.Count);
            var rejected = new List<ReadFailure>();
            foreach (var batch in result.Batches)
            {
                try
                {
                    var write = await calls.RunAsync(ct => store.WriteDeferredAsync(batch, ct), cancellationToken);
                    written.Add(new WrittenDocument(batch.SourceKey, batch.Document.Id, batch.Mentions.Count, write.Value));
                    receipts.Add(write.Committed);
                }
                catch (Exception e) when (e is not OperationCanceledException && !calls.IsTransient(e))
                {
                    // Each write is atomic: a document the store rejects is undone alone and dead-lettered, as an
                    // unreadable JSONL line is, and the file's other documents are still stored.
                    rejected.Add(new ReadFailure(batch.SourceKey, $"store rejected the document: {e.GetType().Name}: {e.Message}"));
                }
            }
            if (written.Count == 0)
            {
                return new(await DeadLetterAsync(job, extracted.Stamp, result.ContentHash, [.. result.Failures, .. rejected], extracted.StartedTimestamp, cancellationToken), null);
            }
            var settled = result with { Batches = [], Sources = [], Failures = [.. result.Failures, .. rejected] };
            return new(null, new PendingCommit(extracted with { Result = settled }, written, receipts));
        }
        catch (Exception e) when (e is not OperationCanceledException && calls.IsTransient(e))
        {
            Health.Failed(null, e);
            return new(await RetryOrDeadLetterAsync(extracted, e, cancellationToken), null);
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
        foreach (var document in pending.Written)
        {
            Log.DocumentStored(logger, document.SourceKey, document.DocumentId, document.Outcome);
        }
        foreach (var failure in result.Failures)
        {
            // A JSONL line that could not be read: the rest of the file is stored, the line is dead-lettered.
            await TryAddDeadLetterAsync(new DeadLetter(failure.SourceKey, failure.Reason, result.ContentHash, job.Attempt, time.GetUtcNow()), cancellationToken);
        }
        var state = new SourceFileState(job.SourceKey, result.ContentHash, SourceFileStatus.Stored, job.Attempt,
            pending.Written[0].DocumentId, null, time.GetUtcNow(), extracted.Stamp);
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
            pending.Written.Select(w => (w.DocumentId, w.Outcome)).ToList(), result.Failures,
            pending.Written.Sum(w => (long)w.Mentions), time.GetElapsedTime(extracted.StartedTimestamp));
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
}
