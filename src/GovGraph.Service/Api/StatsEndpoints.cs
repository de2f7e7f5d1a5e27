using GovGraph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/stats and /api/dead-letters: the size of the graph and the documents that failed for good.</summary>
public static class StatsEndpoints
{
    public static RouteGroupBuilder MapStatsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", async (IGraphStore store, CancellationToken cancellationToken) => TypedResults.Ok(await store.GetStatsAsync(cancellationToken)))
            .WithTags("Stats").WithName("GetStats").WithSummary("Counts of documents, concepts, candidates, people, events, statements, mentions and dead letters.");
        api.MapGet("/dead-letters", DeadLettersAsync)
            .WithTags("Stats").WithName("ListDeadLetters").WithSummary("Files and documents that failed for good, with the reason, newest first, paged.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<DeadLetter>>, ValidationProblem>> DeadLettersAsync(int? offset, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(offset, limit, out var page, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await store.GetDeadLettersAsync(page.Offset, page.Limit, cancellationToken));
    }
}
