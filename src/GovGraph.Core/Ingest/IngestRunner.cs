using System.Threading.Channels;
using GovGraph.Core.Reading;
using GovGraph.Core.Storage;
using Microsoft.Extensions.Logging;

namespace GovGraph.Core.Ingest;

/// <summary>
/// `govgraph ingest`: the one ingest flow (<see cref="FileIngestion"/>) over a list of files, with as many
/// extraction threads as asked and one writer. Results are written in input order (a small reorder window),
/// so the same inputs give the same store whatever the thread timing, and memory stays flat however many
/// files there are: at most <see cref="WindowPerWorker"/> files per worker are in flight. Unchanged files are
/// skipped before they are read; files the store could not commit are tried again, with backoff, before the run ends.
/// </summary>
public sealed class IngestRunner
{
    private const int WindowPerWorker = 32;

    private readonly DocumentProcessor processor;
    private readonly IGraphStore store;
    private readonly int parallelism;
    private readonly TimeProvider timeProvider;
    private readonly IngestFlowOptions options;
    private readonly IStoreCalls? calls;
    private readonly ILogger? logger;

    public IngestRunner(DocumentProcessor processor, IGraphStore store, int parallelism, TimeProvider? timeProvider = null,
        IngestFlowOptions? options = null, IStoreCalls? calls = null, ILogger? logger = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        this.processor = processor;
        this.store = store;
        this.parallelism = parallelism;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.options = options ?? new IngestFlowOptions();
        this.calls = calls;
        this.logger = logger;
    }

    /// <summary>Ingests files and folders; the graph then mirrors the folders (documents of files gone from them are deleted).</summary>
    public Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(InputFiles.Enumerate(paths), paths.Where(Directory.Exists).ToList(), progress, cancellationToken);

    /// <summary>Ingests these files; nothing is deleted.</summary>
    public Task<IngestSummary> RunAsync(IEnumerable<InputFile> files, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(files, [], progress, cancellationToken);

    private async Task<IngestSummary> RunAsync(IEnumerable<InputFile> files, List<string> roots, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var ledger = await IngestLedger.LoadAsync(store, cancellationToken);
        using var flow = new FileIngestion(store, () => processor, ledger, options, new CommitHealth(), calls, timeProvider, logger);
        var inputs = files.ToList();
        var jobs = inputs.Select(f => flow.Plan(f, roots)).ToList();
        var bytesTotal = inputs.Sum(f => f.Length);
        var tally = new IngestTally();

        var retries = await RunPassAsync(flow, jobs, tally, bytesTotal, progress, cancellationToken);
        while (retries.Count > 0)
        {
            var next = new List<FileJob>();
            foreach (var job in retries)
            {
                await Task.Delay(flow.RetryDelay(job.Attempt), timeProvider, cancellationToken);
                var result = await IngestAloneAsync(flow, flow.Plan(job.File, roots), cancellationToken);
                if (result.Outcome == IngestOutcome.Retry)
                {
                    next.Add(job with { Attempt = job.Attempt + 1 });
                }
                else
                {
                    tally.Count(result);
                }
            }
            retries = next;
        }

        // A walk that met an unlistable folder cannot tell a deleted file from one it did not see.
        var complete = !inputs.Any(f => f.Error is { } error && error.StartsWith("cannot list folder", StringComparison.Ordinal));
        var deleted = roots.Count > 0 && complete
            ? await flow.RemoveMissingAsync(roots, inputs.Select(f => f.SourceKey).ToHashSet(StringComparer.Ordinal), cancellationToken)
            : 0;
        var concepts = (await store.GetStatsAsync(cancellationToken)).Concepts;
        return new IngestSummary(
            inputs.Count, tally.New, tally.Unchanged, tally.Replaced, tally.Failures, tally.Mentions, concepts,
            bytesTotal, timeProvider.GetElapsedTime(started), tally.Skipped, deleted);
    }

    /// <summary>One pass over every file: parallel extraction, writes in input order, each file settled once its commit is known.</summary>
    private async Task<List<FileJob>> RunPassAsync(FileIngestion flow, List<FileJob> jobs, IngestTally tally, long bytesTotal, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var window = new SemaphoreSlim(parallelism * WindowPerWorker);
        var done = Channel.CreateUnbounded<(int Index, ExtractedJob? Result)>(new UnboundedChannelOptions { SingleReader = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
        var recorder = new IngestAttemptRecorder(flow, jobs, token);
        // Extraction runs on threads of its own, not the thread pool: a pool with one thread per core, each
        // busy extracting, left the writer's continuations waiting for the pool to add a thread (about a
        // second before the first write, at every start).
        var taken = -1;
        var running = parallelism;
        void Extract()
        {
            Exception? failure = null;
            try
            {
                while (true)
                {
                    window.Wait(token);
                    var index = Interlocked.Increment(ref taken);
                    if (index >= jobs.Count)
                    {
                        break;
                    }
                    var job = jobs[index];
                    if (job.NeedsParse)
                    {
                        recorder.EnsureRecorded(index);
                    }
                    done.Writer.TryWrite((index, job.NeedsParse ? flow.Extract(job, token) : null));
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
            if (failure is not null)
            {
                done.Writer.TryComplete(failure);
            }
            else if (Interlocked.Decrement(ref running) == 0)
            {
                done.Writer.TryComplete();
            }
        }
        var workers = Enumerable.Range(0, parallelism)
            .Select(i => new Thread(Extract) { IsBackground = true, Name = $"ingest-extract-{i}" })
            .ToList();
        workers.ForEach(w => w.Start());

        var retries = new List<FileJob>();
        var committing = new Queue<PendingCommit>();
        var pending = new Dictionary<int, ExtractedJob?>();
        var next = 0;
        long bytesDone = 0;
        async Task SettleAsync(bool all)
        {
            while (committing.TryPeek(out var head) && (all || head.Committed.IsCompleted))
            {
                committing.Dequeue();
                Count(await flow.SettleAsync(head, token), head.Extracted.Job);
            }
        }
        void Count(FileResult result, FileJob job)
        {
            if (result.Outcome == IngestOutcome.Retry)
            {
                retries.Add(job);
            }
            else
            {
                tally.Count(result);
            }
        }
        try
        {
            await foreach (var (index, extracted) in done.Reader.ReadAllAsync(token))
            {
                pending[index] = extracted;
                while (pending.Remove(next, out var ready))
                {
                    var job = jobs[next];
                    if (ready is null)
                    {
                        Count(await flow.DecideAsync(job, token), job);
                    }
                    else
                    {
                        var step = await flow.WriteAsync(ready, token);
                        if (step.Pending is { } written)
                        {
                            committing.Enqueue(written);
                        }
                        else
                        {
                            Count(step.Settled!, job);
                        }
                    }
                    await SettleAsync(all: false);
                    bytesDone += job.File.Length;
                    next++;
                    window.Release();
                    progress?.Report(new IngestProgress(next, jobs.Count, bytesDone, bytesTotal, job.SourceKey));
                }
            }
            await CommitAsync(token);
            await SettleAsync(all: true);
        }
        catch
        {
            await linked.CancelAsync();
            throw;
        }
        finally
        {
            // Workers stop at their next file once cancelled; the last ones may be waiting for a window slot.
            window.Release(parallelism);
            workers.ForEach(w => w.Join());
        }
        return retries;
    }

    /// <summary>One file start to finish, extracted on a thread of its own: the retry path.</summary>
    private async Task<FileResult> IngestAloneAsync(FileIngestion flow, FileJob job, CancellationToken cancellationToken)
    {
        if (!job.NeedsParse)
        {
            return await flow.DecideAsync(job, cancellationToken);
        }
        await flow.RecordAttemptsAsync([job], cancellationToken);
        var extracted = await Task.Factory.StartNew(() => flow.Extract(job, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var step = await flow.WriteAsync(extracted, cancellationToken);
        if (step.Pending is not { } written)
        {
            return step.Settled!;
        }
        await CommitAsync(cancellationToken);
        return await flow.SettleAsync(written, cancellationToken);
    }

    /// <summary>Commits what the store holds back; a failure is reported through the receipts, not here.</summary>
    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The receipts of the writes in the failed group fault with the reason; SettleAsync reports them.
        }
    }
}
