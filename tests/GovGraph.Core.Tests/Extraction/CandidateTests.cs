using GovGraph.Core.Graph;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>Candidate concepts: governance-looking terms the taxonomy does not know, for an analyst to review.</summary>
public sealed class CandidateTests
{
    private const string Speech = "ungdc/docs/RUS_68_2013.txt";

    [Fact]
    public void A_named_initiative_outside_the_taxonomy_becomes_a_candidate_with_evidence()
    {
        var batch = ExtractionFixture.Extract(Speech);

        var candidate = Assert.Single(batch.Concepts, c => c.Id == "candidate-arab-peace-initiative");
        Assert.Equal(ConceptStatus.Candidate, candidate.Status);
        Assert.Equal("arab peace initiative", candidate.Name);
        var mention = Assert.Single(batch.Mentions, m => m.TargetId == candidate.Id);
        Assert.Equal("Arab Peace Initiative", batch.Words(mention.Span));
    }

    [Fact]
    public void Candidates_are_never_taxonomy_concepts_and_plain_security_terms_are_no_candidates()
    {
        foreach (var path in new[] { Speech, "ungdc/docs/CHN_68_2013.txt", "us-presidential-speeches/docs/2001-09-22-address-us-response-attacks-september-11.txt" })
        {
            var batch = ExtractionFixture.Extract(path);
            foreach (var candidate in batch.Concepts.Where(c => c.Status == ConceptStatus.Candidate))
            {
                Assert.StartsWith("candidate-", candidate.Id, StringComparison.Ordinal);
                Assert.Null(ExtractionFixture.Taxonomy.Find(candidate.Id["candidate-".Length..]));
                Assert.DoesNotContain(ExtractionFixture.Taxonomy.Concepts, c => c.SurfaceForms().Contains(candidate.Name, StringComparer.OrdinalIgnoreCase));
            }
            Assert.DoesNotContain(batch.Concepts, c => c.Id is "candidate-national-security" or "candidate-homeland-security" or "candidate-international-cooperation");
        }
    }

    [Fact]
    public void A_rejected_candidate_is_not_proposed_again()
    {
        var document = ExtractionFixture.Read(Speech);
        var byId = ExtractionFixture.CreateExtractor(new HashSet<string> { "candidate-arab-peace-initiative" }).Extract(document);
        var byName = ExtractionFixture.CreateExtractor(new HashSet<string> { "arab peace initiative" }).Extract(document);

        Assert.DoesNotContain(byId.Concepts, c => c.Id == "candidate-arab-peace-initiative");
        Assert.DoesNotContain(byId.Mentions, m => m.TargetId == "candidate-arab-peace-initiative");
        Assert.DoesNotContain(byName.Concepts, c => c.Id == "candidate-arab-peace-initiative");
    }
}
