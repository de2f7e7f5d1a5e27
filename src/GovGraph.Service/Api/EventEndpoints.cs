using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Service.Api.Caching;
using GovGraph.Service.Api.Parameters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/events and /api/event-series: events with date, place, speakers and concepts; editions of a series.</summary>
public static class EventEndpoints
{
    public static RouteGroupBuilder MapEventEndpoints(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events").CacheUntilCommit();
        events.MapGet("/", ListAsync).WithName("ListEvents").WithSummary("List events, optionally the editions of one series (series=ID), paged.");
        events.MapGet("/" + NodeIds.Route, GetAsync).WithName("GetEvent").WithSummary("One event: date, place, series, speakers and the concepts its documents mention.");

        var series = api.MapGroup("/event-series").WithTags("Events").CacheUntilCommit();
        series.MapGet("/", ListSeriesAsync).WithName("ListEventSeries").WithSummary("List event series with their number of editions, paged.");
        series.MapGet($"/{NodeIds.Route}/editions", EditionsAsync).WithName("ListSeriesEditions").WithSummary("The editions of one event series, paged.");
        return api;
    }

    private static async Task<Ok<Page<EventSummary>>> ListAsync(
        [AsParameters] EventListQuery query, [AsParameters] PageQuery page, IGraphQueries store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListEventsAsync(query.SeriesOrNull, page.ToRequest(), cancellationToken));

    private static async Task<Results<Ok<EventDetail>, NotFoundProblem>> GetAsync(string id, IGraphQueries store, CancellationToken cancellationToken) =>
        await store.GetEventAsync(id, cancellationToken) is { } detail ? TypedResults.Ok(detail) : ApiProblems.NotFound($"No event with id '{id}'.");

    private static async Task<Ok<Page<EventSeriesSummary>>> ListSeriesAsync([AsParameters] PageQuery page, IGraphQueries store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListEventSeriesAsync(page.ToRequest(), cancellationToken));

    private static async Task<Results<Ok<Page<EventSummary>>, NotFoundProblem>> EditionsAsync(
        string id, [AsParameters] PageQuery page, IGraphQueries store, CancellationToken cancellationToken)
    {
        // The contract has no "get series"; a one-node neighbourhood tells whether the node exists and what it is.
        var node = await store.GetNeighborhoodAsync(id, 1, 1, cancellationToken);
        if (node?.Nodes.FirstOrDefault(n => n.Id == id) is not { Label: NodeLabels.EventSeries })
        {
            return ApiProblems.NotFound($"No event series with id '{id}'.");
        }
        return TypedResults.Ok(await store.ListEventsAsync(id, page.ToRequest(), cancellationToken));
    }
}
