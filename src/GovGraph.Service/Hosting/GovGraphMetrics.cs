using System.Diagnostics.Metrics;
using GovGraph.Core.Ingest;
using GovGraph.Core.Storage;
using GovGraph.Service.Worker;

namespace GovGraph.Service.Hosting;

/// <summary>
/// The service's instruments, on a meter created per host through IMeterFactory so two hosts in one
/// process (tests) keep separate numbers. Exported at /metrics by <see cref="PrometheusTextExporter"/>.
/// </summary>
public sealed class GovGraphMetrics
{
    public const string MeterName = "GovGraph";

    private readonly Counter<long> ingested;
    private readonly Counter<long> failed;
    private readonly Histogram<double> latency;

    public GovGraphMetrics(IMeterFactory meterFactory, IngestQueue queue, CommitHealth commits)
    {
        Meter = meterFactory.Create(MeterName);
        ingested = Meter.CreateCounter<long>("govgraph_documents_ingested", "documents", "Documents the worker stored, by outcome (new, unchanged, replaced).");
        failed = Meter.CreateCounter<long>("govgraph_documents_failed", "documents", "Files or documents the worker dead-lettered.");
        latency = Meter.CreateHistogram<double>("govgraph_ingest_duration_seconds", "s", "Time from dequeue to stored, per file.");
        Meter.CreateObservableGauge("govgraph_queue_depth", () => queue.Depth, "files", "Files queued or being ingested.");
        Meter.CreateObservableCounter("govgraph_store_commits_failed", () => commits.FailedCommits, "commits", "Group commits the store could not make (a full disk, an I/O error); their files were put back for a retry.");
    }

    public Meter Meter { get; }

    public void Stored(WriteOutcome outcome) =>
        ingested.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));

    public void Failed() => failed.Add(1);

    public void Ingested(TimeSpan elapsed) => latency.Record(elapsed.TotalSeconds);
}
