using GovGraph.Core.Queries;
using GovGraph.Service.Api.OpenApi;
using GovGraph.Service.Api.Parameters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovGraph.Service.Api;

/// <summary>/api/candidates: terms that look like governance concepts but are not in the taxonomy, and the analyst's decisions on them.</summary>
public static class CandidateEndpoints
{
    public static RouteGroupBuilder MapCandidateEndpoints(this RouteGroupBuilder api, IEndpointFilter writeAccess)
    {
        var group = api.MapGroup("/candidates").WithTags("Candidates");
        group.MapGet("/", ListAsync).WithName("ListCandidates").WithSummary("Candidate concepts with mention counts and evidence, paged.");
        group.MapPost($"/{NodeIds.Route}/accept", AcceptAsync).WithName("AcceptCandidate")
            .WithSummary("Accept a candidate: as an alias of an existing concept (mergeInto) or as a new concept (category, optional nameZh, definition, broader).")
            .WithDescription("Recorded in the store (this database only, never the checkout), so the decision survives re-ingest; `govgraph candidates export` writes the store's decisions to a file.")
            .RequireWriteAccess(writeAccess);
        group.MapPost($"/{NodeIds.Route}/reject", RejectAsync).WithName("RejectCandidate")
            .WithSummary("Reject a candidate: it is removed and never proposed again.")
            .RequireWriteAccess(writeAccess);
        return group;
    }

    private static async Task<Ok<Page<CandidateSummary>>> ListAsync([AsParameters] PageQuery page, IGraphQueries store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListCandidatesAsync(page.ToRequest(), cancellationToken));

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
