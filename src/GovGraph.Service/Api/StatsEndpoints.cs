using GovGraph.Core.Queries;
using GovGraph.Service.Api.Caching;
using GovGraph.Core.Storage;
using GovGraph.Service.Api.Parameters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/stats and /api/dead-letters: the size of the graph and the documents that failed for good.</summary>
public static class StatsEndpoints
{
    public static RouteGroupBuilder MapStatsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", async (IGraphQueries store, CancellationToken cancellationToken) => TypedResults.Ok(await store.GetStatsAsync(cancellationToken)))
            .WithTags("Stats").WithName("GetStats").CacheUntilCommit().WithSummary("Counts of documents, concepts, candidates, people, events, statements, mentions and dead letters.");
        api.MapGet("/dead-letters", DeadLettersAsync)
            .WithTags("Stats").WithName("ListDeadLetters").WithSummary("Files and documents that failed for good, with the reason, newest first, paged.");
        return api;
    }

    private static async Task<Ok<Page<DeadLetter>>> DeadLettersAsync([AsParameters] PageQuery page, IGraphQueries store, IIngestLedgerStore ledger, CancellationToken cancellationToken)
    {
        // The total is the stats' dead-letter count: one counter, so the page and /api/stats agree.
        var total = (await store.GetStatsAsync(cancellationToken)).DeadLetters;
        var request = page.ToRequest();
        var items = await ledger.GetDeadLettersAsync(request.Offset, request.Limit, cancellationToken);
        return TypedResults.Ok(new Page<DeadLetter>(items, total, request.Offset, request.Limit));
    }
}
