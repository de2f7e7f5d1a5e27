using GovGraph.Core.Review;

namespace GovGraph.Neo4j.Store;

// The analysts' candidate decisions, kept as CandidateReview nodes in this database, not in the checkout.
public sealed partial class Neo4jGraphStore
{
    public Task SaveCandidateReviewAsync(CandidateReview review, CancellationToken cancellationToken) =>
        _runner.WriteAsync(Statement("write-candidate-review", ("row", new Dictionary<string, object?>
        {
            ["candidateId"] = review.CandidateId,
            ["name"] = review.Name,
            ["decision"] = CandidateReviews.DecisionText(review.Verdict),
            ["mergeInto"] = review.MergeInto,
            ["category"] = review.Category,
            ["nameZh"] = review.NameZh,
            ["definition"] = review.Definition,
            ["broader"] = review.Broader.ToList(),
            ["decidedAt"] = review.DecidedAt,
        })), cancellationToken);

    public async Task<IReadOnlyList<CandidateReview>> GetCandidateReviewsAsync(CancellationToken cancellationToken) =>
        (await ReadAsync("query-candidate-reviews", cancellationToken)).Records
            .Select(r => new CandidateReview
            {
                CandidateId = r.RequiredString("candidateId"),
                Name = r.RequiredString("name"),
                Verdict = CandidateReviews.Verdict(r.RequiredString("decision")),
                MergeInto = r.String("mergeInto"),
                Category = r.String("category"),
                NameZh = r.String("nameZh"),
                Definition = r.String("definition"),
                Broader = r.Strings("broader"),
                DecidedAt = r.String("decidedAt"),
            })
            .ToList();
}
