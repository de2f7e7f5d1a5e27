using System.Threading.Channels;
using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Ingest;

/// <summary>
/// One-shot ingest of many files: as many parallel extractions as asked, one writer. Results are
/// written in input order (a small reorder window), so the same inputs give the same store whatever
/// the thread timing, and memory stays flat however many files there are: at most
/// <see cref="WindowPerWorker"/> files per worker are in flight.
/// </summary>
public sealed class IngestRunner
{
    private const int WindowPerWorker = 32;

    private readonly DocumentProcessor processor;
    private readonly IGraphStore store;
    private readonly int parallelism;
    private readonly TimeProvider timeProvider;

    public IngestRunner(DocumentProcessor processor, IGraphStore store, int parallelism, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        this.processor = processor;
        this.store = store;
        this.parallelism = parallelism;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    public async Task<IngestSummary> RunAsync(IEnumerable<InputFile> files, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var inputs = files.ToList();
        var bytesTotal = inputs.Sum(f => f.Length);
        var window = new SemaphoreSlim(parallelism * WindowPerWorker);
        var done = Channel.CreateUnbounded<(int Index, ProcessedFile Result)>(new UnboundedChannelOptions { SingleReader = true });

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
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
                    if (index >= inputs.Count)
                    {
                        break;
                    }
                    var processed = processor.Process(inputs[index], token);
                    foreach (var batch in processed.Batches)
                    {
                        store.PrepareForWrite(batch);
                    }
                    done.Writer.TryWrite((index, processed));
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

        var tally = new Tally();
        var pending = new Dictionary<int, ProcessedFile>();
        var next = 0;
        try
        {
            await foreach (var (index, result) in done.Reader.ReadAllAsync(token))
            {
                pending[index] = result;
                while (pending.Remove(next, out var ready))
                {
                    await WriteAsync(ready, tally, token);
                    tally.BytesDone += inputs[next].Length;
                    next++;
                    window.Release();
                    progress?.Report(new IngestProgress(next, inputs.Count, tally.BytesDone, bytesTotal, ready.SourceKey));
                }
            }
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

        var concepts = (await store.GetStatsAsync(token)).Concepts;
        return new IngestSummary(
            inputs.Count, tally.New, tally.Unchanged, tally.Replaced, tally.Failures, tally.Mentions, concepts,
            bytesTotal, timeProvider.GetElapsedTime(started));
    }

    private async Task WriteAsync(ProcessedFile file, Tally tally, CancellationToken token)
    {
        foreach (var batch in file.Batches)
        {
            var outcome = await store.WriteAsync(batch, token);
            tally.Count(outcome, batch);
        }
        var now = timeProvider.GetUtcNow();
        foreach (var failure in file.Failures)
        {
            tally.Failures.Add(failure);
            await store.AddDeadLetterAsync(new DeadLetter(failure.SourceKey, failure.Reason, file.ContentHash, 1, now), token);
        }
        var status = file.Batches.Count > 0 || file.Failures.Count == 0 ? SourceFileStatus.Stored : SourceFileStatus.Failed;
        await store.SaveSourceFileAsync(new SourceFileState(
            file.SourceKey, file.ContentHash, status, 1,
            file.Batches.Count == 1 ? file.Batches[0].Document.Id : null,
            file.Failures.Count > 0 ? file.Failures[0].Reason : null,
            now), token);
    }

    private sealed class Tally
    {
        public int New { get; private set; }
        public int Unchanged { get; private set; }
        public int Replaced { get; private set; }
        public long Mentions { get; private set; }
        public long BytesDone { get; set; }
        public List<ReadFailure> Failures { get; } = [];

        public void Count(WriteOutcome outcome, GraphBatch batch)
        {
            switch (outcome)
            {
                case WriteOutcome.New: New++; break;
                case WriteOutcome.Unchanged: Unchanged++; break;
                case WriteOutcome.Replaced: Replaced++; break;
            }
            Mentions += batch.Mentions.Count;
        }
    }
}
