using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/concepts: search, one concept, related concepts, who supports or opposes it, evidence, timeline.</summary>
public static class ConceptEndpoints
{
    public const int MaxRelated = 100;

    public static RouteGroupBuilder MapConceptEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/concepts").WithTags("Concepts");
        group.MapGet("/", ListAsync).WithName("ListConcepts")
            .WithSummary("List or search concepts (English or Chinese labels and aliases), by category and status, paged.");
        group.MapGet("/{id}", GetAsync).WithName("GetConcept")
            .WithSummary("One concept: labels, aliases, broader and narrower, counts, first and last seen, first proposed at.");
        group.MapGet("/{id}/related", RelatedAsync).WithName("GetRelatedConcepts")
            .WithSummary("Concepts that co-occur with this one, ranked by normalised PMI over documents.")
            .WithDescription("minSupport (default 2) is the fewest documents a pair must share to be ranked; limit (default 20, at most 100).");
        group.MapGet("/{id}/stances", StancesAsync).WithName("GetConceptStances")
            .WithSummary("People who made statements about the concept, with support, oppose and neutral counts.");
        group.MapGet("/{id}/evidence", EvidenceAsync).WithName("GetConceptEvidence")
            .WithSummary("Evidence sentences (mentions and statements) with document, span and stance, paged.");
        group.MapGet("/{id}/timeline", TimelineAsync).WithName("GetConceptTimeline")
            .WithSummary("Mentions and documents per year or month (granularity=year|month) of the documents' dates.");
        return group;
    }

    private static async Task<Results<Ok<Page<ConceptSummary>>, ValidationProblem>> ListAsync(
        string? q, string? category, string? status, int? offset, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        Paging.TryCreate(offset, limit, out var page, out var errors);
        ConceptStatus? parsedStatus = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<ConceptStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s))
            {
                parsedStatus = s;
            }
            else
            {
                errors["status"] = ["status must be 'taxonomy' or 'candidate'."];
            }
        }
        if (q is { Length: > 200 })
        {
            errors["q"] = ["q must be at most 200 characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var filter = new ConceptFilter(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), string.IsNullOrWhiteSpace(category) ? null : category, parsedStatus);
        return TypedResults.Ok(await store.ListConceptsAsync(filter, page, cancellationToken));
    }

    private static async Task<Results<Ok<ConceptDetail>, NotFoundProblem>> GetAsync(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        var concept = NodeIds.IsPlausible(id) ? await store.GetConceptAsync(id, cancellationToken) : null;
        return concept is null ? NotFound(id) : TypedResults.Ok(concept);
    }

    private static async Task<Results<Ok<RelatedConcepts>, NotFoundProblem, ValidationProblem>> RelatedAsync(
        string id, int? minSupport, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var support = minSupport ?? ConceptAssociation.DefaultMinimumSupport;
        var take = limit ?? 20;
        if (support < 1)
        {
            errors["minSupport"] = ["minSupport must be 1 or more."];
        }
        if (take is < 1 or > MaxRelated)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxRelated}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var counts = NodeIds.IsPlausible(id) ? await store.GetCoOccurrencesAsync(id, cancellationToken) : null;
        if (counts is null)
        {
            return NotFound(id);
        }
        var ranked = ConceptAssociation.Rank(counts, support, take);
        return TypedResults.Ok(new RelatedConcepts(id, "npmi", support, counts.ConceptDocuments, counts.TotalDocuments, ranked));
    }

    private static async Task<Results<Ok<IReadOnlyList<PersonStanceCount>>, NotFoundProblem>> StancesAsync(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(id, store, cancellationToken))
        {
            return NotFound(id);
        }
        return TypedResults.Ok(await store.GetConceptStancesAsync(id, cancellationToken));
    }

    private static async Task<Results<Ok<Page<EvidenceItem>>, NotFoundProblem, ValidationProblem>> EvidenceAsync(
        string id, int? offset, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(offset, limit, out var page, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!await ExistsAsync(id, store, cancellationToken))
        {
            return NotFound(id);
        }
        return TypedResults.Ok(await store.GetConceptEvidenceAsync(id, page, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<TimelinePoint>>, NotFoundProblem, ValidationProblem>> TimelineAsync(
        string id, string? granularity, IGraphStore store, CancellationToken cancellationToken)
    {
        var parsed = TimelineGranularity.Year;
        if (!string.IsNullOrEmpty(granularity) && !(Enum.TryParse(granularity, ignoreCase: true, out parsed) && Enum.IsDefined(parsed)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["granularity"] = ["granularity must be 'year' or 'month'."] });
        }
        if (!await ExistsAsync(id, store, cancellationToken))
        {
            return NotFound(id);
        }
        return TypedResults.Ok(await store.GetConceptTimelineAsync(id, parsed, cancellationToken));
    }

    private static async Task<bool> ExistsAsync(string id, IGraphStore store, CancellationToken cancellationToken) =>
        NodeIds.IsPlausible(id) && await store.GetConceptAsync(id, cancellationToken) is not null;

    private static NotFoundProblem NotFound(string id) => ApiProblems.NotFound($"No concept with id '{id}'.");
}

/// <summary>The related-concepts answer, naming the measure and the support threshold it used.</summary>
public sealed record RelatedConcepts(string ConceptId, string Measure, int MinimumSupport, int ConceptDocuments, int TotalDocuments, IReadOnlyList<RelatedConcept> Items);
