using GovGraph.Core.Matching;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Taxonomy;

/// <summary>The concepts of the reference document (Xi Jinping's 2023 WIC address) are found at the right words.</summary>
public class ReferenceDocumentConceptTests
{
    private static readonly Lazy<PhraseMatcher> Matcher = new(() => new PhraseMatcher(RealTaxonomyTests.Taxonomy.SurfaceFormPhrases()));

    private static List<(string Id, string Words)> MatchReferenceDocument()
    {
        var text = File.ReadAllText(TestCorpus.Require(TestCorpus.ReferenceDocument));
        return Matcher.Value.FindAll(text).Select(m => (RealTaxonomyTests.Taxonomy.Concepts[m.Payload].Id, text[m.Start..m.End])).ToList();
    }

    [Theory]
    [InlineData("community-with-shared-future-in-cyberspace", "community with a shared future in cyberspace")]
    [InlineData("internet-development", "internet development")]
    [InlineData("bridging-the-digital-divide", "bridging the digital divide")]
    [InlineData("cyber-sovereignty", "cyber sovereignty")]
    [InlineData("internet-governance", "internet governance")]
    [InlineData("hegemony", "pursuit of hegemony")]
    [InlineData("bloc-confrontation", "bloc confrontation")]
    [InlineData("cyber-arms-race", "arms races in cyberspace")]
    [InlineData("combating-cybercrime", "combat cybercrimes")]
    [InlineData("data-security", "data security")]
    [InlineData("personal-information-protection", "protect personal information")]
    [InlineData("global-ai-governance-initiative", "Global Artificial Intelligence Governance Initiative")]
    [InlineData("ai-safety", "safe development of artificial intelligence")]
    [InlineData("shared-human-values", "shared human values")]
    [InlineData("cyberspace", "cyberspace")]
    public void Each_concept_is_found_at_the_words_that_name_it(string id, string words)
    {
        Assert.Contains((id, words), MatchReferenceDocument());
    }

    [Fact]
    public void Nothing_is_found_in_the_also_read_line()
    {
        var text = File.ReadAllText(TestCorpus.Require(TestCorpus.ReferenceDocument));
        var alsoRead = text.IndexOf("Also Read:", StringComparison.Ordinal);
        var lineEnd = text.IndexOf('\n', alsoRead);
        Assert.DoesNotContain(MatchReferenceDocument(), m => text.IndexOf(m.Words, alsoRead, lineEnd - alsoRead, StringComparison.Ordinal) >= 0);
    }

    [Theory]
    [InlineData("bridging-the-digital-divide", "digital-divide")]
    [InlineData("combating-cybercrime", "cybercrime")]
    [InlineData("global-ai-governance-initiative", "ai-governance")]
    [InlineData("ai-safety", "artificial-intelligence")]
    [InlineData("cyber-hegemony", "hegemony")]
    [InlineData("data-security", "data-governance")]
    public void Narrower_concepts_reach_their_broader_ones(string id, string ancestor)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([id]);
        while (pending.TryPop(out var current))
        {
            foreach (var broader in RealTaxonomyTests.Taxonomy.Find(current)!.Broader.Where(seen.Add))
            {
                pending.Push(broader);
            }
        }
        Assert.Contains(ancestor, seen);
    }

    [Fact]
    public void Every_required_concept_exists()
    {
        string[] required =
        [
            "community-with-shared-future-in-cyberspace", "bridging-the-digital-divide", "digital-divide", "cyber-sovereignty",
            "internet-governance", "combating-cybercrime", "cybercrime", "data-security", "personal-information-protection",
            "global-ai-governance-initiative", "ai-governance", "ai-safety", "artificial-intelligence", "hegemony",
            "bloc-confrontation", "cyber-arms-race", "shared-human-values", "internet-development", "cyberspace", "digital-economy",
        ];
        Assert.All(required, id => Assert.True(RealTaxonomyTests.Taxonomy.Find(id) is not null, $"missing {id}"));
    }
}
