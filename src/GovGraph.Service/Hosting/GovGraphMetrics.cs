using System.Diagnostics.Metrics;
using GovGraph.Core.Ingest;
using GovGraph.Core.Storage;
using GovGraph.Service.Worker;

namespace GovGraph.Service.Hosting;

/// <summary>
/// GovGraph's own instruments, on a meter created per host through IMeterFactory so two hosts in one
/// process (tests) keep separate instruments. OpenTelemetry exports them at /metrics beside the runtime,
/// process and HTTP server metrics (see <see cref="GovGraphTelemetry"/>). Units in braces are annotations,
/// so the Prometheus names stay as written here (govgraph_documents_ingested_total, not ..._documents_total).
/// </summary>
public sealed class GovGraphMetrics
{
    public const string MeterName = "GovGraph";

    private readonly Counter<long> ingested;
    private readonly Counter<long> failed;
    private readonly Histogram<double> latency;
    private readonly Histogram<double> commitLatency;

    private readonly IngestQueue queue;

    public GovGraphMetrics(IMeterFactory meterFactory, IngestQueue queue, CommitHealth commits)
    {
        this.queue = queue;
        Meter = meterFactory.Create(MeterName);
        ingested = Meter.CreateCounter<long>("govgraph_documents_ingested", "{document}", "Documents the worker stored, by outcome (new, unchanged, replaced).");
        failed = Meter.CreateCounter<long>("govgraph_documents_failed", "{document}", "Files or documents the worker dead-lettered.");
        latency = Meter.CreateHistogram<double>("govgraph_ingest_duration", "s", "Time from dequeue to stored, per file.");
        commitLatency = Meter.CreateHistogram<double>("govgraph_store_write_duration", "s", "Time for the store to take one file's facts on the single writer (with SQLite, into the open group commit).");
        Meter.CreateObservableGauge("govgraph_queue_depth", () => queue.Depth, "{file}", "Files queued or being ingested.");
        Meter.CreateObservableCounter("govgraph_store_commits_failed", () => commits.FailedCommits, "{commit}", "Group commits the store could not make (a full disk, an I/O error); their files were put back for a retry.");
    }

    public Meter Meter { get; }

    public int QueueDepth => queue.Depth;

    private long storedTotal;
    private long failedTotal;

    /// <summary>Documents stored since this host started (any outcome), for the progress line `govgraph run` prints.</summary>
    public long StoredTotal => Interlocked.Read(ref storedTotal);

    /// <summary>Files and documents dead-lettered since this host started.</summary>
    public long FailedTotal => Interlocked.Read(ref failedTotal);

    public void Stored(WriteOutcome outcome)
    {
        Interlocked.Increment(ref storedTotal);
        ingested.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));
    }

    public void Failed()
    {
        Interlocked.Increment(ref failedTotal);
        failed.Add(1);
    }

    public void Ingested(TimeSpan elapsed) => latency.Record(elapsed.TotalSeconds);

    public void Committed(TimeSpan elapsed) => commitLatency.Record(elapsed.TotalSeconds);
}
