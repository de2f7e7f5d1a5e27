using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/events and /api/event-series: events with date, place, speakers and concepts; editions of a series.</summary>
public static class EventEndpoints
{
    public static RouteGroupBuilder MapEventEndpoints(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");
        events.MapGet("/", ListAsync).WithName("ListEvents").WithSummary("List events, optionally the editions of one series (series=ID), paged.");
        events.MapGet("/{id}", GetAsync).WithName("GetEvent").WithSummary("One event: date, place, series, speakers and the concepts its documents mention.");

        var series = api.MapGroup("/event-series").WithTags("Events");
        series.MapGet("/", ListSeriesAsync).WithName("ListEventSeries").WithSummary("List event series with their number of editions, paged.");
        series.MapGet("/{id}/editions", EditionsAsync).WithName("ListSeriesEditions").WithSummary("The editions of one event series, paged.");
        return api;
    }

    private static async Task<Results<Ok<Page<EventSummary>>, ValidationProblem>> ListAsync(string? series, int? offset, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(offset, limit, out var page, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await store.ListEventsAsync(string.IsNullOrWhiteSpace(series) ? null : series, page, cancellationToken));
    }

    private static async Task<Results<Ok<EventDetail>, NotFoundProblem>> GetAsync(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        var detail = NodeIds.IsPlausible(id) ? await store.GetEventAsync(id, cancellationToken) : null;
        return detail is null ? ApiProblems.NotFound($"No event with id '{id}'.") : TypedResults.Ok(detail);
    }

    private static async Task<Results<Ok<Page<EventSeriesSummary>>, ValidationProblem>> ListSeriesAsync(int? offset, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(offset, limit, out var page, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await store.ListEventSeriesAsync(page, cancellationToken));
    }

    private static async Task<Results<Ok<Page<EventSummary>>, NotFoundProblem, ValidationProblem>> EditionsAsync(
        string id, int? offset, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(offset, limit, out var page, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }
        // The contract has no "get series"; a one-node neighbourhood tells whether the node exists and what it is.
        var node = NodeIds.IsPlausible(id) ? await store.GetNeighborhoodAsync(id, 1, 1, cancellationToken) : null;
        if (node?.Nodes.FirstOrDefault(n => n.Id == id) is not { Label: NodeLabels.EventSeries })
        {
            return ApiProblems.NotFound($"No event series with id '{id}'.");
        }
        return TypedResults.Ok(await store.ListEventsAsync(id, page, cancellationToken));
    }
}
