using System.Text;
using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;
using GovGraph.Core.Storage;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Worker;

/// <summary>
/// The worker's two steps for one file, in the manner of kernel-memory's handlers: each skips work
/// already done and sorts failures into transient (retry later) and permanent (dead letter).
/// <see cref="ExtractAsync"/> is CPU work that runs in parallel; <see cref="StoreAsync"/> runs on the
/// single writer, every store call through the resilience pipeline.
/// </summary>
public sealed class FileIngestor
{
    private readonly IGraphStore store;
    private readonly StoreResilience resilience;
    private readonly ProcessorProvider processors;
    private readonly SettledFiles settled;
    private readonly GovGraphMetrics metrics;
    private readonly WorkerOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<FileIngestor> logger;

    public FileIngestor(
        IGraphStore store,
        StoreResilience resilience,
        ProcessorProvider processors,
        SettledFiles settled,
        GovGraphMetrics metrics,
        IOptions<WorkerOptions> options,
        TimeProvider time,
        ILogger<FileIngestor> logger)
    {
        this.store = store;
        this.resilience = resilience;
        this.processors = processors;
        this.settled = settled;
        this.metrics = metrics;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Reads and extracts one file; null when the store already holds this exact content (or already gave up on it).</summary>
    public async Task<ExtractedFile?> ExtractAsync(InputFile file, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var stamp = FileStamp.Of(file.FullPath);
        var unreadable = file.Error
            ?? (file.Length > options.MaxFileBytes
                ? $"file is {file.Length:N0} bytes, over the GovGraph:Worker:MaxFileBytes limit of {options.MaxFileBytes:N0}"
                : null);
        if (unreadable is not null)
        {
            // Not read, so no content hash: a fingerprint of the problem lets a rescan (or a restart)
            // recognise the dead letter already recorded instead of adding it again.
            var fingerprint = "unread-" + DocumentProcessor.HashContent(Encoding.UTF8.GetBytes($"{unreadable}|{stamp.Length}|{stamp.LastWriteUtc.Ticks}"));
            var known = await resilience.Pipeline.ExecuteAsync(async ct => await store.GetSourceFileAsync(file.SourceKey, ct), cancellationToken);
            if (known is { Status: SourceFileStatus.Failed } && known.ContentHash == fingerprint)
            {
                settled.Settle(file.SourceKey, stamp);
                return null;
            }
            return new ExtractedFile(file, stamp, fingerprint, known, Result: null, Failure: unreadable, started);
        }
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(file.FullPath, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or locked between the scan and now: the next scan sees it again if it is still there.
            Log.FileUnreadable(logger, file.SourceKey, e.Message);
            return null;
        }
        var hash = DocumentProcessor.HashContent(content);
        var previous = await resilience.Pipeline.ExecuteAsync(async ct => await store.GetSourceFileAsync(file.SourceKey, ct), cancellationToken);
        if (previous is { Status: SourceFileStatus.Stored or SourceFileStatus.Failed } && previous.ContentHash == hash)
        {
            settled.Settle(file.SourceKey, stamp);
            return null;
        }
        var processed = processors.Current.Process(file.SourceKey, Path.GetFileName(file.FullPath), content, file.ManifestMetadata, cancellationToken);
        foreach (var batch in processed.Batches)
        {
            store.PrepareForWrite(batch);
        }
        return new ExtractedFile(file, stamp, hash, previous, processed, Failure: null, started);
    }

    /// <summary>Writes the file's documents, records its state, and dead-letters what failed for good.</summary>
    public async Task StoreAsync(ExtractedFile extracted, CancellationToken cancellationToken)
    {
        var key = extracted.File.SourceKey;
        var attempts = (extracted.Previous?.ContentHash == extracted.ContentHash ? extracted.Previous.Attempts : 0) + 1;
        if (extracted.Result is not { Batches.Count: > 0 } result)
        {
            var reason = extracted.Failure ?? string.Join("; ", extracted.Result?.Failures.Select(f => f.Reason) ?? []);
            await DeadLetterAsync(extracted, attempts, reason.Length == 0 ? "no document in the file" : reason, cancellationToken);
            return;
        }
        try
        {
            string? documentId = null;
            foreach (var batch in result.Batches)
            {
                var outcome = await resilience.Pipeline.ExecuteAsync(async ct => await store.WriteAsync(batch, ct), cancellationToken);
                documentId ??= batch.Document.Id;
                metrics.Stored(outcome);
                Log.DocumentStored(logger, key, batch.Document.Id, outcome);
            }
            foreach (var failure in result.Failures)
            {
                // A JSONL line that could not be read: the rest of the file is stored, the line is dead-lettered.
                await AddDeadLetterAsync(new DeadLetter(failure.SourceKey, failure.Reason, extracted.ContentHash, attempts, time.GetUtcNow()), cancellationToken);
                metrics.Failed();
            }
            await SaveStateAsync(new SourceFileState(key, extracted.ContentHash, SourceFileStatus.Stored, attempts, documentId, null, time.GetUtcNow()), cancellationToken);
            settled.Settle(key, extracted.Stamp);
            metrics.Ingested(time.GetElapsedTime(extracted.StartedTimestamp));
        }
        catch (Exception e) when (e is not OperationCanceledException && resilience.IsTransient(e))
        {
            // Retries are spent but the store may come back: keep the file pending so a later scan tries again,
            // up to MaxAttempts, after which it is a dead letter like any other lasting failure.
            if (attempts >= options.MaxAttempts)
            {
                await DeadLetterAsync(extracted, attempts, $"store kept failing after {attempts} attempts: {e.Message}", cancellationToken);
                return;
            }
            Log.StoreUnavailable(logger, key, attempts, e);
            await TrySaveStateAsync(new SourceFileState(key, extracted.ContentHash, SourceFileStatus.Pending, attempts, null, e.Message, time.GetUtcNow()), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await DeadLetterAsync(extracted, attempts, $"store rejected the document: {e.GetType().Name}: {e.Message}", cancellationToken);
        }
    }

    private async Task DeadLetterAsync(ExtractedFile extracted, int attempts, string reason, CancellationToken cancellationToken)
    {
        var key = extracted.File.SourceKey;
        Log.DocumentDeadLettered(logger, key, reason);
        metrics.Failed();
        try
        {
            await AddDeadLetterAsync(new DeadLetter(key, reason, extracted.ContentHash, attempts, time.GetUtcNow()), cancellationToken);
            await SaveStateAsync(new SourceFileState(key, extracted.ContentHash, SourceFileStatus.Failed, attempts, null, reason, time.GetUtcNow()), cancellationToken);
            settled.Settle(key, extracted.Stamp);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store cannot even take the dead letter; the file stays unsettled and the next scan retries it.
            Log.DeadLetterNotRecorded(logger, key, e);
        }
    }

    private Task AddDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken) =>
        resilience.Pipeline.ExecuteAsync(async ct => await store.AddDeadLetterAsync(deadLetter, ct), cancellationToken).AsTask();

    private Task SaveStateAsync(SourceFileState state, CancellationToken cancellationToken) =>
        resilience.Pipeline.ExecuteAsync(async ct => await store.SaveSourceFileAsync(state, ct), cancellationToken).AsTask();

    private async Task TrySaveStateAsync(SourceFileState state, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveSourceFileAsync(state, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.StateNotRecorded(logger, state.SourceKey, e);
        }
    }
}

/// <summary>A file after the CPU step: its documents, or why it has none, and what the store knew of it before.</summary>
public sealed record ExtractedFile(
    InputFile File,
    FileStamp Stamp,
    string ContentHash,
    SourceFileState? Previous,
    ProcessedFile? Result,
    string? Failure,
    long StartedTimestamp);
