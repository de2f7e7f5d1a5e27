using GovGraph.Core.Storage;

namespace GovGraph.Service.Hosting;

/// <summary>
/// Runs before the worker and the API: creates or migrates the schema and writes the taxonomy (with
/// the reviewed overlay), so concepts no document mentions yet are still browsable. Idempotent.
/// </summary>
public sealed class StoreInitializer : IHostedService
{
    private readonly IGraphStore store;
    private readonly ProcessorProvider processors;
    private readonly ILogger<StoreInitializer> logger;

    public StoreInitializer(IGraphStore store, ProcessorProvider processors, ILogger<StoreInitializer> logger)
    {
        this.store = store;
        this.processors = processors;
        this.logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not StoreUnavailableException)
        {
            throw new StoreUnavailableException($"the store did not initialise: {e.Message}", e);
        }
        // The analysts' decisions this store holds, so every container on the same store reads with them.
        processors.UseStoreReviews(await store.GetCandidateReviewsAsync(cancellationToken));
        var concepts = TaxonomyNodes.From(processors.Taxonomy);
        await store.UpsertTaxonomyAsync(concepts, cancellationToken);
        Log.StoreReady(logger, concepts.Count, processors.Taxonomy.Version);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
