using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/people: list and search, one person, the concepts they support or oppose.</summary>
public static class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People");
        group.MapGet("/", ListAsync).WithName("ListPeople").WithSummary("List or search people (q matches names and aliases), paged.");
        group.MapGet("/{id}", GetAsync).WithName("GetPerson").WithSummary("One person: titles, country, aliases, the events they spoke at.");
        group.MapGet("/{id}/stances", StancesAsync).WithName("GetPersonStances")
            .WithSummary("Concepts the person made statements about, with support, oppose and neutral counts.");
        return group;
    }

    private static async Task<Results<Ok<Page<PersonSummary>>, ValidationProblem>> ListAsync(string? q, int? offset, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(offset, limit, out var page, out var errors) || q is { Length: > 200 })
        {
            if (q is { Length: > 200 })
            {
                errors["q"] = ["q must be at most 200 characters."];
            }
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await store.ListPeopleAsync(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), page, cancellationToken));
    }

    private static async Task<Results<Ok<PersonDetail>, NotFoundProblem>> GetAsync(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        var person = NodeIds.IsPlausible(id) ? await store.GetPersonAsync(id, cancellationToken) : null;
        return person is null ? NotFound(id) : TypedResults.Ok(person);
    }

    private static async Task<Results<Ok<IReadOnlyList<ConceptStanceCount>>, NotFoundProblem>> StancesAsync(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!NodeIds.IsPlausible(id) || await store.GetPersonAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }
        return TypedResults.Ok(await store.GetPersonStancesAsync(id, cancellationToken));
    }

    private static NotFoundProblem NotFound(string id) => ApiProblems.NotFound($"No person with id '{id}'.");
}
