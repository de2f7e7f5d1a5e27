using GovGraph.Core.Ingest;
using GovGraph.Core.Storage;
using GovGraph.Service.Worker;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovGraph.Service.Hosting;

/// <summary>Ready only when the store answers a round trip and its last commit landed (a full disk makes it unready until a commit lands again).</summary>
public sealed class StoreHealthCheck(IGraphStore store, CommitHealth commits) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (commits.Failure is { } failure)
        {
            return HealthCheckResult.Unhealthy("store cannot commit: " + failure);
        }
        try
        {
            return await store.PingAsync(cancellationToken)
                ? HealthCheckResult.Healthy("store reachable")
                : HealthCheckResult.Unhealthy("store did not answer the ping");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("store unreachable: " + e.Message);
        }
    }
}

/// <summary>Ready only while the worker's ExecuteAsync task is running (it ends only on shutdown or a crash).</summary>
public sealed class WorkerHealthCheck(IngestWorker worker, IngestQueue queue) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["queueDepth"] = queue.Depth };
        var result = worker.ExecuteTask switch
        {
            null => HealthCheckResult.Unhealthy("worker not started", data: data),
            { IsFaulted: true } task => HealthCheckResult.Unhealthy("worker crashed", task.Exception, data),
            { IsCompleted: true } => HealthCheckResult.Unhealthy("worker stopped", data: data),
            _ => HealthCheckResult.Healthy("worker running", data),
        };
        return Task.FromResult(result);
    }
}
