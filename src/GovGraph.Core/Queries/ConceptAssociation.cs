namespace GovGraph.Core.Queries;

/// <summary>One related concept with the strength of its association and the counts behind it.</summary>
public sealed record RelatedConcept(string ConceptId, string Name, double Npmi, int SharedDocuments, int OtherDocuments);

/// <summary>
/// Ranks the concepts related to one concept by normalised pointwise mutual information over documents.
///
/// With N documents, a concept x in D(x) of them, y in D(y) and both in D(x,y):
///   PMI(x, y)  = log( P(x,y) / (P(x) P(y)) ),  P(x) = D(x)/N, P(x,y) = D(x,y)/N
///   NPMI(x, y) = PMI(x, y) / -log P(x,y),      in [-1, 1]
/// 1 means the two only ever appear together, 0 that they meet as often as chance predicts, negative
/// that they avoid each other. Raw co-occurrence counts reward concepts that are everywhere
/// ("international cooperation" would top every list); NPMI divides that frequency out.
/// PMI over-rates pairs seen once or twice, so a pair needs at least <c>minimumSupport</c> shared
/// documents to be ranked at all. Ties break on shared documents, then id, so the order is stable.
/// </summary>
public static class ConceptAssociation
{
    public const int DefaultMinimumSupport = 2;

    public static IReadOnlyList<RelatedConcept> Rank(CoOccurrenceCounts counts, int minimumSupport, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumSupport, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var total = counts.TotalDocuments;
        if (total <= 0 || counts.ConceptDocuments <= 0)
        {
            return [];
        }
        return counts.Others
            .Where(o => o.SharedDocuments >= minimumSupport && o.OtherDocuments > 0)
            .Select(o => new RelatedConcept(
                o.ConceptId,
                o.Name,
                Math.Round(Npmi(counts.ConceptDocuments, o.OtherDocuments, o.SharedDocuments, total), 4),
                o.SharedDocuments,
                o.OtherDocuments))
            .OrderByDescending(r => r.Npmi)
            .ThenByDescending(r => r.SharedDocuments)
            .ThenBy(r => r.ConceptId, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>NPMI from document counts; 1 when the pair is in every document (where -log P(x,y) is 0).</summary>
    public static double Npmi(int conceptDocuments, int otherDocuments, int sharedDocuments, int totalDocuments)
    {
        // Counts from a store can disagree by a document while a write is in flight; clamp rather than produce NaN.
        var shared = Math.Min(sharedDocuments, Math.Min(conceptDocuments, otherDocuments));
        if (shared <= 0)
        {
            return -1;
        }
        var n = (double)Math.Max(totalDocuments, Math.Max(conceptDocuments, otherDocuments));
        var pJoint = shared / n;
        if (pJoint >= 1)
        {
            return 1;
        }
        var pmi = Math.Log(pJoint / (conceptDocuments / n * (otherDocuments / n)));
        return Math.Clamp(pmi / -Math.Log(pJoint), -1, 1);
    }
}
