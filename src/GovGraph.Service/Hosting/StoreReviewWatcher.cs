using GovGraph.Core.Storage;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Hosting;

/// <summary>
/// In the worker role: reads the store's candidate decisions every GovGraph:Worker:ReviewRefresh and, when another
/// process (a separate `serve`, another container on the same store) has decided since, swaps in a processor that
/// reads with them. Without it, a worker apart from the API would keep proposing an accepted or rejected candidate
/// until it restarted. One read of a small table per period; a store that does not answer is logged, not fatal.
/// </summary>
public sealed class StoreReviewWatcher(ICandidateReviewStore store, ProcessorProvider processors, IOptions<WorkerOptions> options, TimeProvider time,
    ILogger<StoreReviewWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReviewRefresh, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await LookAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task LookAsync(CancellationToken cancellationToken)
    {
        try
        {
            var reviews = await store.GetCandidateReviewsAsync(cancellationToken);
            if (processors.UseStoreReviewsIfChanged(reviews))
            {
                Log.StoreReviewsChanged(logger, reviews.Count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.StoreReviewsUnreadable(logger, e);
        }
    }
}
