using GovGraph.Core.Queries;
using GovGraph.Service.Api.Caching;
using GovGraph.Service.Api.Parameters;
using GovGraph.Service.Api.Tables;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/concepts: search, one concept, related concepts, who supports or opposes it, evidence, timeline.</summary>
public static class ConceptEndpoints
{
    public static RouteGroupBuilder MapConceptEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/concepts").WithTags("Concepts").CacheUntilCommit();
        group.MapGet("/", ListAsync).WithName("ListConcepts")
            .WithSummary("List or search concepts (English or Chinese labels and aliases), by category and status, paged.");
        group.MapGet("/" + NodeIds.Route, GetAsync).WithName("GetConcept")
            .WithSummary("One concept: labels, aliases, broader and narrower, counts, first and last seen, first proposed at.");
        group.MapGet($"/{NodeIds.Route}/related", RelatedAsync).WithName("GetRelatedConcepts")
            .WithSummary("Concepts that co-occur with this one, ranked by normalised PMI over the documents the filter keeps; CSV with Accept: text/csv.");
        group.MapGet($"/{NodeIds.Route}/stances", StancesAsync).WithName("GetConceptStances")
            .WithSummary("People who made statements about the concept, with support, oppose and neutral counts, filtered; CSV with Accept: text/csv.");
        group.MapGet($"/{NodeIds.Route}/evidence", EvidenceAsync).WithName("GetConceptEvidence")
            .WithSummary("Evidence sentences (mentions and statements) with document, span and stance, filtered, paged; CSV with Accept: text/csv.");
        group.MapGet($"/{NodeIds.Route}/timeline", TimelineAsync).WithName("GetConceptTimeline")
            .WithSummary("Mentions and documents per year or month of the documents' dates, filtered; CSV with Accept: text/csv.");
        return group;
    }

    private static async Task<Ok<Page<ConceptSummary>>> ListAsync(
        [AsParameters] SearchQuery search, [AsParameters] ConceptListQuery filter, [AsParameters] PageQuery page, IGraphQueries store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListConceptsAsync(new ConceptFilter(search.Text, filter.CategoryOrNull, filter.StatusOrNull), page.ToRequest(), cancellationToken));

    private static async Task<Results<Ok<ConceptDetail>, NotFoundProblem>> GetAsync(string id, IGraphQueries store, CancellationToken cancellationToken) =>
        await store.GetConceptAsync(id, cancellationToken) is { } concept ? TypedResults.Ok(concept) : NotFound(id);

    private static async Task<Results<Table<RelatedConcepts>, NotFoundProblem>> RelatedAsync(
        string id, [AsParameters] RelatedQuery query, [AsParameters] FactFilterQuery filter, IGraphQueries store, CancellationToken cancellationToken)
    {
        if (await store.GetCoOccurrencesAsync(id, filter.ToFilter(), cancellationToken) is not { } counts)
        {
            return NotFound(id);
        }
        var ranked = ConceptAssociation.Rank(counts, query.Support, query.Take);
        return Table.Of(new RelatedConcepts(id, "npmi", query.Support, counts.ConceptDocuments, counts.TotalDocuments, ranked), $"{id}-related", TableShapes.Related);
    }

    private static async Task<Results<Table<IReadOnlyList<PersonStanceCount>>, NotFoundProblem>> StancesAsync(
        string id, [AsParameters] FactFilterQuery filter, IGraphQueries store, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(id, store, cancellationToken))
        {
            return NotFound(id);
        }
        return Table.Of(await store.GetConceptStancesAsync(id, filter.ToFilter(), cancellationToken), $"{id}-stances", TableShapes.PersonStances);
    }

    private static async Task<Results<Table<Page<EvidenceItem>>, NotFoundProblem>> EvidenceAsync(
        string id, [AsParameters] FactFilterQuery filter, [AsParameters] PageQuery page, IGraphQueries store, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(id, store, cancellationToken))
        {
            return NotFound(id);
        }
        return Table.Of(await store.GetConceptEvidenceAsync(id, filter.ToFilter(), page.ToRequest(), cancellationToken), $"{id}-evidence", TableShapes.Evidence);
    }

    private static async Task<Results<Table<IReadOnlyList<TimelinePoint>>, NotFoundProblem>> TimelineAsync(
        string id, [AsParameters] TimelineQuery query, [AsParameters] FactFilterQuery filter, IGraphQueries store, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(id, store, cancellationToken))
        {
            return NotFound(id);
        }
        return Table.Of(await store.GetConceptTimelineAsync(id, query.Period, filter.ToFilter(), cancellationToken), $"{id}-timeline", TableShapes.Timeline);
    }

    private static async Task<bool> ExistsAsync(string id, IGraphQueries store, CancellationToken cancellationToken) =>
        await store.GetConceptAsync(id, cancellationToken) is not null;

    private static NotFoundProblem NotFound(string id) => ApiProblems.NotFound($"No concept with id '{id}'.");
}

/// <summary>The related-concepts answer, naming the measure and the support threshold it used.</summary>
public sealed record RelatedConcepts(string ConceptId, string Measure, int MinimumSupport, int ConceptDocuments, int TotalDocuments, IReadOnlyList<RelatedConcept> Items);
