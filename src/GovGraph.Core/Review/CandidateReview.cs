namespace GovGraph.Core.Review;

/// <summary>What an analyst decided about one candidate concept.</summary>
public enum ReviewVerdict
{
    Accept,
    Reject,
}

/// <summary>
/// One analyst decision, as kept in graph-schema/reviewed/candidates.yaml. An accepted candidate either
/// becomes an alias of an existing concept (<see cref="MergeInto"/>) or a new concept of its own
/// (<see cref="Category"/> required); a rejected one is never proposed again.
/// </summary>
public sealed record CandidateReview
{
    /// <summary>The candidate concept's id as the extractor made it.</summary>
    public required string CandidateId { get; init; }
    /// <summary>The surface form the candidate was found as; it becomes the alias or the new concept's name.</summary>
    public required string Name { get; init; }
    public required ReviewVerdict Verdict { get; init; }
    /// <summary>Accepted as an alias of this existing taxonomy concept.</summary>
    public string? MergeInto { get; init; }
    /// <summary>Accepted as a new concept in this category.</summary>
    public string? Category { get; init; }
    public string? NameZh { get; init; }
    public string? Definition { get; init; }
    public IReadOnlyList<string> Broader { get; init; } = [];
    /// <summary>ISO 8601 UTC; for the analyst reading the file, not for behaviour.</summary>
    public string? DecidedAt { get; init; }

    /// <summary>The id a concept accepted as new gets: the candidate's slug without the candidate prefix.</summary>
    public string NewConceptId =>
        CandidateId.StartsWith(CandidateIds.Prefix, StringComparison.Ordinal) ? CandidateId[CandidateIds.Prefix.Length..] : CandidateId;
}

public static class CandidateIds
{
    /// <summary>Candidate concept ids start with this, so they can never collide with a taxonomy slug.</summary>
    public const string Prefix = "candidate-";
}

/// <summary>How a verdict is spelt wherever decisions are kept (the YAML overlay, both stores).</summary>
public static class CandidateReviews
{
    public static string DecisionText(ReviewVerdict verdict) => verdict == ReviewVerdict.Accept ? "accept" : "reject";

    public static ReviewVerdict Verdict(string text) => text switch
    {
        "accept" => ReviewVerdict.Accept,
        "reject" => ReviewVerdict.Reject,
        _ => throw new InvalidOperationException($"A candidate decision must be 'accept' or 'reject', not '{text}'."),
    };
}
