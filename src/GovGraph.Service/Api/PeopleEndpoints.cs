using GovGraph.Core.Queries;
using GovGraph.Service.Api.Caching;
using GovGraph.Service.Api.Parameters;
using GovGraph.Service.Api.Tables;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/people: list and search, one person, the concepts they support or oppose.</summary>
public static class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People").CacheUntilCommit();
        group.MapGet("/", ListAsync).WithName("ListPeople").WithSummary("List or search people (q matches names and aliases), paged.");
        group.MapGet("/" + NodeIds.Route, GetAsync).WithName("GetPerson").WithSummary("One person: titles, country, aliases, the events they spoke at.");
        group.MapGet($"/{NodeIds.Route}/stances", StancesAsync).WithName("GetPersonStances")
            .WithSummary("Concepts the person made statements about, with support, oppose and neutral counts; CSV with Accept: text/csv.");
        return group;
    }

    private static async Task<Ok<Page<PersonSummary>>> ListAsync(
        [AsParameters] SearchQuery search, [AsParameters] PageQuery page, IGraphQueries store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListPeopleAsync(search.Text, page.ToRequest(), cancellationToken));

    private static async Task<Results<Ok<PersonDetail>, NotFoundProblem>> GetAsync(string id, IGraphQueries store, CancellationToken cancellationToken) =>
        await store.GetPersonAsync(id, cancellationToken) is { } person ? TypedResults.Ok(person) : NotFound(id);

    private static async Task<Results<Table<IReadOnlyList<ConceptStanceCount>>, NotFoundProblem>> StancesAsync(string id, IGraphQueries store, CancellationToken cancellationToken)
    {
        if (await store.GetPersonAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }
        return Table.Of(await store.GetPersonStancesAsync(id, cancellationToken), $"{id}-stances", TableShapes.ConceptStances);
    }

    private static NotFoundProblem NotFound(string id) => ApiProblems.NotFound($"No person with id '{id}'.");
}
