using GovGraph.Core.Review;
using Xunit;

namespace GovGraph.StoreContract;

/// <summary>The analysts' candidate decisions are kept per store: saved, replaced, read back in candidate order, and nowhere else.</summary>
public abstract class ReviewContract : StoreContract
{
    private static readonly CandidateReview Accepted = new()
    {
        CandidateId = "candidate-platform-governance",
        Name = "platform governance",
        Verdict = ReviewVerdict.Accept,
        Category = "internet-governance",
        NameZh = "平台治理",
        Definition = "Rules for large online platforms.",
        Broader = ["internet-governance"],
        DecidedAt = "2026-03-01T12:00:00Z",
    };

    private static readonly CandidateReview Rejected = new()
    {
        CandidateId = "candidate-quantum-cooperation",
        Name = "quantum cooperation",
        Verdict = ReviewVerdict.Reject,
        DecidedAt = "2026-03-01T12:05:00Z",
    };

    [Fact]
    public async Task Candidate_decisions_are_kept_per_store_replaced_and_read_back_by_candidate()
    {
        var store = await NewStoreAsync();
        var other = await NewStoreAsync();
        Assert.Empty(await store.GetCandidateReviewsAsync(Ct));

        await store.SaveCandidateReviewAsync(Rejected, Ct);
        await store.SaveCandidateReviewAsync(Accepted, Ct);
        var reviews = await store.GetCandidateReviewsAsync(Ct);
        Assert.Equal([Accepted.CandidateId, Rejected.CandidateId], reviews.Select(r => r.CandidateId));
        var accepted = reviews[0];
        Assert.Equal((Accepted.Name, Accepted.Verdict, Accepted.Category, Accepted.NameZh, Accepted.Definition, Accepted.DecidedAt),
            (accepted.Name, accepted.Verdict, accepted.Category, accepted.NameZh, accepted.Definition, accepted.DecidedAt));
        Assert.Equal(Accepted.Broader, accepted.Broader);
        Assert.Null(reviews[1].MergeInto);

        var merged = Accepted with { Category = null, NameZh = null, Definition = null, Broader = [], MergeInto = "internet-governance" };
        await store.SaveCandidateReviewAsync(merged, Ct);
        var replaced = (await store.GetCandidateReviewsAsync(Ct))[0];
        Assert.Equal(("internet-governance", (string?)null), (replaced.MergeInto, replaced.Category));
        Assert.Equal(2, (await store.GetCandidateReviewsAsync(Ct)).Count);

        Assert.Empty(await other.GetCandidateReviewsAsync(Ct));
    }
}
