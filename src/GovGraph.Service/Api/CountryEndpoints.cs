using GovGraph.Core.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/countries: one Country node with its people, the documents that speak for it and its stances.</summary>
public static class CountryEndpoints
{
    public static RouteGroupBuilder MapCountryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/countries").WithTags("Countries");
        group.MapGet("/{code:regex(^[A-Za-z]{{3}}$)}", GetAsync).WithName("GetCountry")
            .WithSummary("One country (ISO 3166 alpha-3, e.g. CHN): its names, the people from it, how many documents speak for it, "
                + "and its stances per concept (a statement's country is the one its document speaks for, else its speaker's).");
        return group;
    }

    // Codes are stored in capitals; "chn" finds CHN rather than a 404 for the case alone.
    private static async Task<Results<Ok<CountryDetail>, NotFoundProblem>> GetAsync(string code, IGraphQueries store, CancellationToken cancellationToken) =>
        await store.GetCountryAsync(code.ToUpperInvariant(), cancellationToken) is { } country
            ? TypedResults.Ok(country)
            : ApiProblems.NotFound($"No country '{code}' in the graph (a country is a node once a document's person is from it or a document speaks for it).");
}
