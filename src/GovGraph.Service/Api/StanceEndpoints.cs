using GovGraph.Core.Queries;
using GovGraph.Service.Api.Caching;
using GovGraph.Service.Api.Parameters;
using GovGraph.Service.Api.Tables;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/stances/matrix and /api/compare/timeline: the comparative questions, across people, countries and concepts.</summary>
public static class StanceEndpoints
{
    public static RouteGroupBuilder MapStanceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/stances/matrix", MatrixAsync).WithTags("Stances").WithName("GetStanceMatrix").CacheUntilCommit()
            .WithSummary("People or countries × concepts: support, oppose and neutral counts per cell, each with a link to its evidence; filtered; CSV with Accept: text/csv.");
        api.MapGet("/compare/timeline", CompareAsync).WithTags("Concepts").WithName("CompareConceptTimelines").CacheUntilCommit()
            .WithSummary("Two concepts' timelines side by side, one point per period either has (zeros where the other has none); filtered; CSV with Accept: text/csv.");
        return api;
    }

    private static async Task<Results<Table<StanceMatrix>, NotFoundProblem, ValidationProblem>> MatrixAsync(
        [AsParameters] StanceMatrixQuery query, [AsParameters] FactFilterQuery filterQuery, IGraphQueries store, CancellationToken cancellationToken)
    {
        var ids = query.ConceptIds;
        if (ids.Count is 0 or > StanceMatrixQuery.MaxConcepts || ids.Any(i => i.Length > NodeIds.MaxLength))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["concepts"] = ["concepts takes 1 to 20 concept ids."] });
        }
        var concepts = new List<NodeRef>(ids.Count);
        foreach (var id in ids)
        {
            if (await store.GetConceptAsync(id, cancellationToken) is not { } concept)
            {
                return ApiProblems.NotFound($"No concept with id '{id}'.");
            }
            concepts.Add(new NodeRef(id, concept.Concept.Name));
        }
        var filter = filterQuery.ToFilter();
        var cells = await store.GetStanceMatrixAsync(query.Grouping, ids, filter, cancellationToken);
        return Table.Of(StanceMatrix.Build(query.Grouping, concepts, cells, filter), "stance-matrix", TableShapes.Matrix);
    }

    private static async Task<Results<Table<TimelineComparison>, NotFoundProblem>> CompareAsync(
        [AsParameters] CompareQuery query, [AsParameters] TimelineQuery timeline, [AsParameters] FactFilterQuery filterQuery, IGraphQueries store, CancellationToken cancellationToken)
    {
        var filter = filterQuery.ToFilter();
        var series = new List<(NodeRef Concept, IReadOnlyList<TimelinePoint> Points)>();
        foreach (var id in new[] { query.A!, query.B! })
        {
            if (await store.GetConceptAsync(id, cancellationToken) is not { } concept)
            {
                return ApiProblems.NotFound($"No concept with id '{id}'.");
            }
            series.Add((new NodeRef(id, concept.Concept.Name), await store.GetConceptTimelineAsync(id, timeline.Period, filter, cancellationToken)));
        }
        return Table.Of(TimelineComparison.Build(timeline.Period, series), $"{query.A}-vs-{query.B}-timeline", TableShapes.Comparison);
    }
}
