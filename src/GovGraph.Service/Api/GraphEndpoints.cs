using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/graph: the neighbourhood of any node (nodes and edges for a visualisation) and shortest paths with evidence.</summary>
public static class GraphEndpoints
{
    public const int MaxDepth = 3;
    public const int MaxNodes = 500;
    public const int MaxPathDepth = 6;

    public static RouteGroupBuilder MapGraphEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/graph").WithTags("Graph");
        group.MapGet("/neighborhood", NeighborhoodAsync).WithName("GetNeighborhood")
            .WithSummary($"The nodes and edges within depth (1-{MaxDepth}, default 1) hops of a node, at most limit (1-{MaxNodes}, default 100) nodes, closest first.");
        group.MapGet("/path", PathAsync).WithName("GetShortestPath")
            .WithSummary($"A shortest path between two nodes (at most maxDepth hops, 1-{MaxPathDepth}, default 4), each edge with its evidence.");
        return group;
    }

    private static async Task<Results<Ok<GraphView>, NotFoundProblem, ValidationProblem>> NeighborhoodAsync(
        string? id, int? depth, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var d = depth ?? 1;
        var n = limit ?? 100;
        if (string.IsNullOrWhiteSpace(id))
        {
            errors["id"] = ["id is required: the node to start from."];
        }
        if (d is < 1 or > MaxDepth)
        {
            errors["depth"] = [$"depth must be between 1 and {MaxDepth}."];
        }
        if (n is < 1 or > MaxNodes)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxNodes}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var view = NodeIds.IsPlausible(id) ? await store.GetNeighborhoodAsync(id!, d, n, cancellationToken) : null;
        return view is null ? ApiProblems.NotFound($"No node with id '{id}'.") : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<GraphPath>, NotFoundProblem, ValidationProblem>> PathAsync(
        string? from, string? to, int? maxDepth, IGraphStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var d = maxDepth ?? 4;
        if (string.IsNullOrWhiteSpace(from))
        {
            errors["from"] = ["from is required: the id of the first node."];
        }
        if (string.IsNullOrWhiteSpace(to))
        {
            errors["to"] = ["to is required: the id of the last node."];
        }
        if (d is < 1 or > MaxPathDepth)
        {
            errors["maxDepth"] = [$"maxDepth must be between 1 and {MaxPathDepth}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var path = NodeIds.IsPlausible(from) && NodeIds.IsPlausible(to) ? await store.GetShortestPathAsync(from!, to!, d, cancellationToken) : null;
        return path is null
            ? ApiProblems.NotFound($"No path of at most {d} hops between '{from}' and '{to}' (or one of them does not exist).")
            : TypedResults.Ok(path);
    }
}
