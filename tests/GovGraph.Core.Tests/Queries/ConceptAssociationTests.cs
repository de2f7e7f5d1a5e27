using GovGraph.Core.Queries;
using Xunit;

namespace GovGraph.Core.Tests.Queries;

/// <summary>The related-concepts ranking: NPMI with minimum support, not raw counts.</summary>
public sealed class ConceptAssociationTests
{
    [Fact]
    public void Frequent_concept_does_not_top_the_list_by_count_alone()
    {
        // 1,000 documents; the concept is in 40. "international cooperation" is in 600 and shares 25 with it;
        // "data security" is in 30 and shares 20: fewer shared documents, far stronger association.
        var counts = new CoOccurrenceCounts("cyber-sovereignty", 40, 1000,
        [
            new CoOccurrence("international-cooperation", "international cooperation", 600, 25),
            new CoOccurrence("data-security", "data security", 30, 20),
            new CoOccurrence("rare-term", "rare term", 1, 1),
        ]);

        var ranked = ConceptAssociation.Rank(counts, minimumSupport: 2, limit: 10);

        Assert.Equal(["data-security", "international-cooperation"], ranked.Select(r => r.ConceptId));
        Assert.True(ranked[0].Npmi > ranked[1].Npmi);
        Assert.Equal(20, ranked[0].SharedDocuments);
    }

    [Theory]
    [InlineData(10, 10, 10, 100, 1.0)] // always together
    [InlineData(10, 10, 1, 100, 0.0)] // exactly as often as chance: P(x,y) = P(x)P(y)
    [InlineData(5, 5, 5, 5, 1.0)] // in every document
    public void Npmi_has_its_defined_points(int x, int y, int shared, int total, double expected) =>
        Assert.Equal(expected, ConceptAssociation.Npmi(x, y, shared, total), precision: 6);

    [Fact]
    public void Ranking_is_stable_on_ties()
    {
        var counts = new CoOccurrenceCounts("a", 4, 8, [new CoOccurrence("c", "c", 4, 4), new CoOccurrence("b", "b", 4, 4)]);
        Assert.Equal(["b", "c"], ConceptAssociation.Rank(counts, 1, 10).Select(r => r.ConceptId));
    }
}
