using GovGraph.Core.Queries;
using GovGraph.Service.Api.Caching;
using GovGraph.Service.Api.Parameters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/graph: the neighbourhood of any node (nodes and edges for a visualisation) and shortest paths with evidence.</summary>
public static class GraphEndpoints
{
    public static RouteGroupBuilder MapGraphEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/graph").WithTags("Graph").CacheUntilCommit();
        group.MapGet("/neighborhood", NeighborhoodAsync).WithName("GetNeighborhood")
            .WithSummary("The nodes and edges within depth hops of a node, at most limit nodes, closest first.");
        group.MapGet("/path", PathAsync).WithName("GetShortestPath")
            .WithSummary("A shortest path between two nodes (at most maxDepth hops), each edge with its evidence.");
        return group;
    }

    private static async Task<Results<Ok<GraphView>, NotFoundProblem>> NeighborhoodAsync(
        [AsParameters] NeighborhoodQuery query, IGraphQueries store, CancellationToken cancellationToken) =>
        await store.GetNeighborhoodAsync(query.Id!, query.Hops, query.Nodes, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : ApiProblems.NotFound($"No node with id '{query.Id}'.");

    private static async Task<Results<Ok<GraphPath>, NotFoundProblem>> PathAsync(
        [AsParameters] PathQuery query, IGraphQueries store, CancellationToken cancellationToken) =>
        await store.GetShortestPathAsync(query.From!, query.To!, query.Hops, cancellationToken) is { } path
            ? TypedResults.Ok(path)
            : ApiProblems.NotFound($"No path of at most {query.Hops} hops between '{query.From}' and '{query.To}' (or one of them does not exist).");
}
