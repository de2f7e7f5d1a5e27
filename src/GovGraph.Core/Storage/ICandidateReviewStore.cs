namespace GovGraph.Core.Storage;

/// <summary>
/// The analysts' decisions on candidate concepts, kept per store: a decision in one database never changes
/// another, nor the checkout (graph-schema/reviewed/ changes only through `candidates export`).
/// </summary>
public interface ICandidateReviewStore
{
    /// <summary>Records a decision, replacing an earlier one on the same candidate.</summary>
    Task SaveCandidateReviewAsync(Review.CandidateReview review, CancellationToken cancellationToken);

    /// <summary>Every decision this store holds, sorted by candidate id.</summary>
    Task<IReadOnlyList<Review.CandidateReview>> GetCandidateReviewsAsync(CancellationToken cancellationToken);
}
