using System.Threading.Channels;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Worker;

/// <summary>
/// The hosted worker: the inbox scanner feeds a bounded queue, as many extractors as cores turn files
/// into graph batches, and one writer stores them (SQLite has one writer anyway, and one writer keeps
/// replacement order simple). On shutdown the scanner and extractors stop at once; the writer's
/// current document either commits whole or rolls back whole, and its file state is only saved after
/// the commit, so a restart (or a kill -9) retries exactly the documents that are not stored.
/// </summary>
public sealed class IngestWorker : BackgroundService
{
    private readonly InboxScanner scanner;
    private readonly IngestQueue queue;
    private readonly FileIngestor ingestor;
    private readonly WorkerOptions options;
    private readonly ILogger<IngestWorker> logger;

    public IngestWorker(InboxScanner scanner, IngestQueue queue, FileIngestor ingestor, IOptions<WorkerOptions> options, ILogger<IngestWorker> logger)
    {
        this.scanner = scanner;
        this.queue = queue;
        this.ingestor = ingestor;
        this.options = options.Value;
        this.logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first so host start-up (and the API beside it) is not held by the first scan.
        await Task.Yield();
        var parallelism = options.EffectiveParallelism;
        Log.WorkerStarted(logger, scanner.InboxPath, parallelism);
        var extracted = Channel.CreateBounded<ExtractedFile>(new BoundedChannelOptions(parallelism * 2) { SingleReader = true });
        var extractors = Enumerable.Range(0, parallelism).Select(_ => Task.Run(() => ExtractLoopAsync(extracted.Writer, stoppingToken), stoppingToken)).ToArray();
        var writer = WriteLoopAsync(extracted.Reader, stoppingToken);
        var scan = scanner.RunAsync(stoppingToken);
        try
        {
            await Task.WhenAll(extractors.Append(writer).Append(scan));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.WorkerStopping(logger, queue.Depth);
        }
    }

    private async Task ExtractLoopAsync(ChannelWriter<ExtractedFile> output, CancellationToken cancellationToken)
    {
        await foreach (var file in queue.Reader.ReadAllAsync(cancellationToken))
        {
            ExtractedFile? result;
            try
            {
                result = await ingestor.ExtractAsync(file, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store could not be asked about the file (retries spent): leave it to the next scan.
                Log.ExtractFailed(logger, file.SourceKey, e);
                result = null;
            }
            if (result is null)
            {
                queue.Done(file.SourceKey);
                continue;
            }
            await output.WriteAsync(result, cancellationToken);
        }
    }

    private async Task WriteLoopAsync(ChannelReader<ExtractedFile> input, CancellationToken cancellationToken)
    {
        await foreach (var file in input.ReadAllAsync(cancellationToken))
        {
            try
            {
                await ingestor.StoreAsync(file, cancellationToken);
            }
            finally
            {
                queue.Done(file.File.SourceKey);
            }
        }
    }
}
