using System.Threading.Channels;
using GovGraph.Core.Ingest;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Worker;

/// <summary>
/// The hosted worker: the inbox scanner plans each file (unchanged ones are skipped unread) and feeds a bounded
/// queue, as many extraction threads as cores read and parse, and one writer stores them (SQLite has one writer
/// anyway, and one writer keeps replacement order simple). A file is settled only when the group commit that
/// holds its documents has landed; a failed commit puts the file back in the queue after a wait. On shutdown
/// the scanner and extractors stop at once; what was not committed is ingested again at the next start.
/// </summary>
public sealed class IngestWorker : BackgroundService
{
    /// <summary>Files an extractor takes from a deep queue at once, so their attempt records share a commit.</summary>
    private const int MaxTakenAtOnce = 256;

    private readonly InboxScanner scanner;
    private readonly IngestQueue queue;
    private readonly FileIngestor ingestor;
    private readonly GovGraphMetrics metrics;
    private readonly WorkerOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<IngestWorker> logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly GovGraphPaths paths;

    public IngestWorker(InboxScanner scanner, IngestQueue queue, FileIngestor ingestor, GovGraphMetrics metrics,
        IOptions<WorkerOptions> options, GovGraphPaths paths, TimeProvider time, ILogger<IngestWorker> logger)
    {
        this.paths = paths;
        this.scanner = scanner;
        this.queue = queue;
        this.ingestor = ingestor;
        this.metrics = metrics;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first so host start-up (and the API beside it) is not held by the first scan.
        await Task.Yield();
        var parallelism = options.EffectiveParallelism;
        Log.WorkerStarted(logger, scanner.InboxPath, parallelism);
        try
        {
            var flow = await ingestor.StartAsync(stoppingToken);
            var extracted = Channel.CreateBounded<(FileJob Job, ExtractedJob? Result)>(new BoundedChannelOptions(parallelism * 2) { SingleReader = true });
            // Extraction on threads of its own, as in `govgraph ingest`: parsing never starves the writer's continuations.
            var extractors = Enumerable.Range(0, parallelism).Select(i => RunOnThread($"worker-extract-{i}", () => ExtractLoop(flow, extracted.Writer, stoppingToken))).ToArray();
            var writer = WriteLoopAsync(flow, extracted.Reader, stoppingToken);
            var scan = scanner.RunAsync(flow, stoppingToken);
            await Task.WhenAll(extractors.Append(writer).Append(scan));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.WorkerStopping(logger, queue.Depth);
        }
    }

    private static Task RunOnThread(string name, Action work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try
            {
                work();
                done.TrySetResult();
            }
            catch (OperationCanceledException e)
            {
                done.TrySetCanceled(e.CancellationToken);
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        }) { IsBackground = true, Name = name }.Start();
        return done.Task;
    }

    private void ExtractLoop(FileIngestion flow, ChannelWriter<(FileJob, ExtractedJob?)> output, CancellationToken cancellationToken)
    {
        var reader = queue.Reader;
        while (reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
        {
            // From a deep queue, a share of it at once: the attempt records of the share go to disk in one commit.
            var share = Math.Clamp(reader.Count / options.EffectiveParallelism, 1, MaxTakenAtOnce);
            var taken = new List<FileJob>(share);
            while (taken.Count < share && reader.TryRead(out var job))
            {
                taken.Add(job);
            }
            flow.RecordAttemptsAsync(taken, cancellationToken).GetAwaiter().GetResult();
            foreach (var job in taken)
            {
                ExtractedJob? result = null;
                if (job.NeedsParse)
                {
                    try
                    {
                        result = flow.Extract(job, cancellationToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Log.ExtractFailed(logger, job.SourceKey, e);
                        queue.Done(job.SourceKey);
                        continue;
                    }
                }
                output.WriteAsync((job, result), cancellationToken).AsTask().GetAwaiter().GetResult();
            }
        }
    }

    private async Task WriteLoopAsync(FileIngestion flow, ChannelReader<(FileJob Job, ExtractedJob? Result)> input, CancellationToken cancellationToken)
    {
        var committing = new Queue<PendingCommit>();
        while (true)
        {
            if (committing.TryPeek(out var head) && !input.TryPeek(out _))
            {
                // Nothing new to write: wait for the next file or for the oldest commit, whichever comes first.
                await Task.WhenAny(input.WaitToReadAsync(cancellationToken).AsTask(), head.Committed);
            }
            else if (!await input.WaitToReadAsync(cancellationToken))
            {
                return;
            }
            while (committing.TryPeek(out var oldest) && oldest.Committed.IsCompleted)
            {
                committing.Dequeue();
                Settled(flow, oldest.Extracted.Job, await flow.SettleAsync(oldest, cancellationToken));
            }
            if (!input.TryRead(out var item))
            {
                continue;
            }
            try
            {
                if (item.Result is null)
                {
                    Settled(flow, item.Job, await flow.DecideAsync(item.Job, cancellationToken));
                    continue;
                }
                var writeStarted = time.GetTimestamp();
                var step = await flow.WriteAsync(item.Result, cancellationToken);
                metrics.Committed(time.GetElapsedTime(writeStarted));
                if (step.Pending is { } pending)
                {
                    committing.Enqueue(pending);
                }
                else
                {
                    Settled(flow, item.Job, step.Settled!);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.ExtractFailed(logger, item.Job.SourceKey, e);
                queue.Done(item.Job.SourceKey);
            }
        }
    }

    private void Settled(FileIngestion flow, FileJob job, FileResult result)
    {
        if (result.Outcome == IngestOutcome.Retry)
        {
            // Stays "in flight" for the scanner until it is queued again after its wait.
            _ = RetryLaterAsync(flow, job, flow.RetryDelay(job.Attempt));
            return;
        }
        foreach (var (_, outcome) in result.Documents)
        {
            metrics.Stored(outcome);
        }
        // A dead-lettered file's failures, or a stored JSONL file's unreadable lines.
        foreach (var _ in result.Failures)
        {
            metrics.Failed();
        }
        if (result.Outcome == IngestOutcome.Stored)
        {
            metrics.Ingested(result.Elapsed);
        }
        queue.Done(job.SourceKey);
    }

    private async Task RetryLaterAsync(FileIngestion flow, FileJob job, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, time, ExecuteTaskStopping);
            queue.Done(job.SourceKey);
            var again = flow.Plan(job.File, paths.ScanRoots);
            if (again.Decided != IngestOutcome.Skipped)
            {
                await queue.EnqueueAsync(again, ExecuteTaskStopping);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the next start finds the file unsettled and ingests it.
        }
    }

    private CancellationToken ExecuteTaskStopping => stopping.Token;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        stopping.Dispose();
        base.Dispose();
    }
}
