using System.Threading.Channels;
using GovGraph.Core.Ingest;
using GovGraph.Core.Reading;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Worker;

/// <summary>
/// Finds work in the inbox: file-system events for speed, a periodic rescan for certainty (events are
/// lost under load, on network shares, and while the service is stopped). Both end in the same scan, which
/// plans every file through the ingest flow (a file whose stamp matches its stored state is not queued, nor
/// read) and then deletes the documents of files that left the inbox, so the graph mirrors the folder.
/// </summary>
public sealed class InboxScanner : IDisposable
{
    // Copying a file raises a burst of events; one scan after the burst settles is enough.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private readonly WorkerOptions options;
    private readonly GovGraphPaths paths;
    private readonly IngestQueue queue;
    private readonly TimeProvider time;
    private readonly ILogger<InboxScanner> logger;
    private readonly Channel<bool> requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private FileSystemWatcher? watcher;

    public InboxScanner(IOptions<WorkerOptions> options, GovGraphPaths paths, IngestQueue queue, TimeProvider time, ILogger<InboxScanner> logger)
    {
        this.options = options.Value;
        this.paths = paths;
        this.queue = queue;
        this.time = time;
        this.logger = logger;
    }

    public string InboxPath => paths.Inbox;

    /// <summary>Asks for a scan soon (an upload landed, a file event fired). Requests coalesce.</summary>
    public void RequestScan() => requests.Writer.TryWrite(true);

    public async Task RunAsync(FileIngestion flow, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(InboxPath);
        // The upload folder is the store's own (never inside the inbox) and is watched too, so it must exist.
        Directory.CreateDirectory(paths.UploadDirectory);
        StartWatching();
        while (!cancellationToken.IsCancellationRequested)
        {
            await ScanAsync(flow, cancellationToken);
            await WaitForNextScanAsync(cancellationToken);
        }
    }

    private async Task ScanAsync(FileIngestion flow, CancellationToken cancellationToken)
    {
        var queued = 0;
        var roots = paths.ScanRoots;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;
        foreach (var file in InputFiles.Enumerate(roots))
        {
            cancellationToken.ThrowIfCancellationRequested();
            seen.Add(file.SourceKey);
            complete &= file.Error?.StartsWith("cannot list folder", StringComparison.Ordinal) != true;
            var job = flow.Plan(file, roots);
            if (job.Decided == IngestOutcome.Skipped)
            {
                continue;
            }
            if (await queue.EnqueueAsync(job, cancellationToken))
            {
                queued++;
            }
        }
        Log.InboxScanned(logger, InboxPath, queued);
        // A walk that met an unlistable folder cannot tell a deleted file from one it did not see.
        if (complete)
        {
            try
            {
                await flow.RemoveMissingAsync(roots, seen, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.ExtractFailed(logger, InboxPath, e);
            }
        }
    }

    private async Task WaitForNextScanAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.RescanInterval, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await requests.Reader.ReadAsync(linked.Token);
            await Task.Delay(Debounce, time, cancellationToken);
            while (requests.Reader.TryRead(out _))
            {
                // Drained: the scan about to run covers these requests too.
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The rescan interval elapsed.
        }
    }

    private void StartWatching()
    {
        try
        {
            watcher = new FileSystemWatcher(InboxPath)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Created += (_, _) => RequestScan();
            watcher.Changed += (_, _) => RequestScan();
            watcher.Renamed += (_, _) => RequestScan();
            watcher.Deleted += (_, _) => RequestScan();
            watcher.Error += (_, e) => Log.WatcherFailed(logger, InboxPath, e.GetException());
            watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // The periodic rescan still finds everything; events only make it quicker.
            Log.WatcherFailed(logger, InboxPath, e);
        }
    }

    public void Dispose() => watcher?.Dispose();
}
