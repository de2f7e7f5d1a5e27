using GovGraph.Core.Graph;
using GovGraph.Core.Review;
using GovGraph.Core.Storage;
using GovGraph.Core.Taxonomy;
using GovGraph.Service.Hosting;

namespace GovGraph.Service.Api;

/// <summary>
/// Records an analyst's decision on a candidate concept: in the store first (the durable record, so
/// re-ingest keeps it; never in the checkout, and never in another store), then the taxonomy is reloaded
/// for the documents to come, then the store's candidate node is resolved. Decisions run one at a time.
/// </summary>
public sealed class CandidateReviewer(IGraphStore store, ProcessorProvider processors, TimeProvider time, ILogger<CandidateReviewer> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<ReviewResult> DecideAsync(string candidateId, CandidateDecisionRequest request, bool accept, CancellationToken cancellationToken)
    {
        var candidate = NodeIdsOk(candidateId) ? await store.GetConceptAsync(candidateId, cancellationToken) : null;
        if (candidate is not { Concept.Status: ConceptStatus.Candidate })
        {
            return ReviewResult.Missing($"No candidate concept with id '{candidateId}'.");
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            var taxonomy = processors.Taxonomy;
            var errors = accept ? Validate(request, taxonomy, candidateId) : [];
            if (errors.Count > 0)
            {
                return ReviewResult.Invalid(errors);
            }
            var review = new CandidateReview
            {
                CandidateId = candidateId,
                Name = candidate.Concept.Name,
                Verdict = accept ? ReviewVerdict.Accept : ReviewVerdict.Reject,
                MergeInto = accept ? request.MergeInto : null,
                Category = accept && request.MergeInto is null ? request.Category : null,
                NameZh = accept && request.MergeInto is null ? request.NameZh : null,
                Definition = accept && request.MergeInto is null ? request.Definition : null,
                Broader = accept && request.MergeInto is null ? request.Broader ?? [] : [],
                DecidedAt = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            };
            var before = processors.Overlay;
            var after = before.With(review);
            try
            {
                after.Apply(TaxonomyWithoutOverlay(taxonomy, before));
            }
            catch (TaxonomyException e)
            {
                return ReviewResult.Invalid(new() { ["decision"] = [e.Message] });
            }
            await store.SaveCandidateReviewAsync(review, cancellationToken);
            processors.UseStoreReviews(await store.GetCandidateReviewsAsync(cancellationToken));
            var conceptId = accept ? review.MergeInto ?? review.NewConceptId : null;
            if (accept && review.MergeInto is null)
            {
                // The new concept is written first and the candidate merged into it, so the mentions
                // already stored move to the node that future documents will mention.
                await store.UpsertTaxonomyAsync(TaxonomyNodes.From(processors.Taxonomy), cancellationToken);
            }
            await store.ResolveCandidateAsync(candidateId, new CandidateDecision(accept, conceptId, review.Category), cancellationToken);
            Log.CandidateDecided(logger, candidateId, review.Verdict, conceptId);
            return ReviewResult.Done(new CandidateDecisionResult(candidateId, accept ? "accepted" : "rejected", conceptId, KeptIn: "store"));
        }
        finally
        {
            gate.Release();
        }
    }

    private static Dictionary<string, string[]> Validate(CandidateDecisionRequest request, TaxonomySet taxonomy, string candidateId)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.MergeInto is not null == request.Category is not null)
        {
            errors["mergeInto"] = ["give either mergeInto (accept as an alias of an existing concept) or category (accept as a new concept), not both."];
            return errors;
        }
        if (request.MergeInto is { } target && taxonomy.Find(target) is null)
        {
            errors["mergeInto"] = [$"'{target}' is not a taxonomy concept."];
        }
        if (request.Category is { } category)
        {
            if (!TaxonomyCategories.IsKnown(category))
            {
                errors["category"] = [$"category must be one of: {string.Join(", ", TaxonomyCategories.All.Select(c => c.Id))}."];
            }
            var newId = new CandidateReview { CandidateId = candidateId, Name = "", Verdict = ReviewVerdict.Accept }.NewConceptId;
            if (taxonomy.Find(newId) is not null)
            {
                errors["category"] = [$"a concept '{newId}' already exists; accept the candidate with mergeInto instead."];
            }
            foreach (var broader in request.Broader ?? [])
            {
                if (taxonomy.Find(broader) is null)
                {
                    errors["broader"] = [$"'{broader}' is not a taxonomy concept."];
                }
            }
        }
        return errors;
    }

    // Apply is checked against the taxonomy as the overlay found it; concepts the old overlay added
    // would otherwise look like duplicates of themselves.
    private static TaxonomySet TaxonomyWithoutOverlay(TaxonomySet applied, CandidateOverlay overlay)
    {
        var added = overlay.Reviews.Where(r => r.Verdict == ReviewVerdict.Accept && r.MergeInto is null).Select(r => r.NewConceptId).ToHashSet(StringComparer.Ordinal);
        return added.Count == 0 ? applied : new TaxonomySet(applied.Version, applied.Concepts.Where(c => !added.Contains(c.Id)).ToList());
    }

    public void Dispose() => gate.Dispose();

    private static bool NodeIdsOk(string id) => NodeIds.IsPlausible(id) && id.StartsWith(CandidateIds.Prefix, StringComparison.Ordinal);
}

/// <summary>The body of an accept (or, optionally, a reject) decision.</summary>
public sealed record CandidateDecisionRequest(string? MergeInto, string? Category, string? NameZh, string? Definition, IReadOnlyList<string>? Broader)
{
    public static CandidateDecisionRequest Empty { get; } = new(null, null, null, null, null);
}

/// <summary>The decision made; <see cref="KeptIn"/> is where it is recorded ("store": this store's database).</summary>
public sealed record CandidateDecisionResult(string CandidateId, string Decision, string? ConceptId, string KeptIn);

public sealed record ReviewResult(CandidateDecisionResult? Result, Dictionary<string, string[]>? Errors, string? MissingReason)
{
    public static ReviewResult Done(CandidateDecisionResult result) => new(result, null, null);

    public static ReviewResult Invalid(Dictionary<string, string[]> errors) => new(null, errors, null);

    public static ReviewResult Missing(string reason) => new(null, null, reason);
}
