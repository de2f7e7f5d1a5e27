using System.Collections.Concurrent;
using System.Threading.Channels;
using GovGraph.Core.Ingest;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Worker;

/// <summary>
/// The bounded queue between the inbox scanner and the extractors. A file is queued at most once at a
/// time (the rescan finds it again while it is still waiting or in flight), and the bound turns a burst
/// of thousands of files into back-pressure on the scanner instead of memory growth.
/// </summary>
public sealed class IngestQueue
{
    private readonly Channel<FileJob> channel;
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);

    public IngestQueue(IOptions<WorkerOptions> options)
    {
        channel = Channel.CreateBounded<FileJob>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Files queued or being ingested right now.</summary>
    public int Depth => pending.Count;

    public ChannelReader<FileJob> Reader => channel.Reader;

    /// <summary>Queues the file unless it is already waiting or in flight; waits while the queue is full.</summary>
    public async ValueTask<bool> EnqueueAsync(FileJob file, CancellationToken cancellationToken)
    {
        if (!pending.TryAdd(file.SourceKey, 0))
        {
            return false;
        }
        try
        {
            await channel.Writer.WriteAsync(file, cancellationToken);
            return true;
        }
        catch
        {
            pending.TryRemove(file.SourceKey, out _);
            throw;
        }
    }

    /// <summary>Called when a file is settled (stored, skipped or failed), so a later rescan may queue it again.</summary>
    public void Done(string sourceKey) => pending.TryRemove(sourceKey, out _);
}
