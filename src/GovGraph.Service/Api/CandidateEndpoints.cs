using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/candidates: terms that look like governance concepts but are not in the taxonomy, and the analyst's decisions on them.</summary>
public static class CandidateEndpoints
{
    public static RouteGroupBuilder MapCandidateEndpoints(this RouteGroupBuilder api, IEndpointFilter writeAccess)
    {
        var group = api.MapGroup("/candidates").WithTags("Candidates");
        group.MapGet("/", ListAsync).WithName("ListCandidates").WithSummary("Candidate concepts with mention counts and evidence, paged.");
        group.MapPost("/{id}/accept", AcceptAsync).WithName("AcceptCandidate")
            .WithSummary("Accept a candidate: as an alias of an existing concept (mergeInto) or as a new concept (category, optional nameZh, definition, broader).")
            .WithDescription("Recorded in the store (this database only, never the checkout), so the decision survives re-ingest; `govgraph candidates export` writes the store's decisions to a file.")
            .AddEndpointFilter(writeAccess);
        group.MapPost("/{id}/reject", RejectAsync).WithName("RejectCandidate")
            .WithSummary("Reject a candidate: it is removed and never proposed again.")
            .AddEndpointFilter(writeAccess);
        return group;
    }

    private static async Task<Results<Ok<Page<CandidateSummary>>, ValidationProblem>> ListAsync(int? offset, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(offset, limit, out var page, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await store.ListCandidatesAsync(page, cancellationToken));
    }

    private static async Task<Results<Ok<CandidateDecisionResult>, NotFoundProblem, ValidationProblem>> AcceptAsync(
        string id, CandidateDecisionRequest request, CandidateReviewer reviewer, CancellationToken cancellationToken) =>
        ToResult(await reviewer.DecideAsync(id, request, accept: true, cancellationToken));

    private static async Task<Results<Ok<CandidateDecisionResult>, NotFoundProblem, ValidationProblem>> RejectAsync(
        string id, CandidateReviewer reviewer, CancellationToken cancellationToken) =>
        ToResult(await reviewer.DecideAsync(id, CandidateDecisionRequest.Empty, accept: false, cancellationToken));

    private static Results<Ok<CandidateDecisionResult>, NotFoundProblem, ValidationProblem> ToResult(ReviewResult result) => result switch
    {
        { Result: { } done } => TypedResults.Ok(done),
        { Errors: { } errors } => TypedResults.ValidationProblem(errors),
        _ => ApiProblems.NotFound(result.MissingReason ?? "No such candidate."),
    };
}
