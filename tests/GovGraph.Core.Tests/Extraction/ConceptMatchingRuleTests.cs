using GovGraph.Core.Reading;
using GovGraph.Core.Taxonomy;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>The taxonomy's matching rules (near forms, nested names, not_within), on sentences written for these tests.</summary>
public class ConceptMatchingRuleTests
{
    private static HashSet<string> ConceptsIn(string text) => ExtractionFixture.ConceptsIn(text);

    [Fact]
    public void Near_forms_are_generated_by_rule_plural_verb_spelling_joining_and_ai()
    {
        Assert.Contains("digital economies", AliasVariants.Of("digital economy"));
        Assert.Contains("cyberattacks", AliasVariants.Of("cyberattack"));
        Assert.Contains("combat cybercrime", AliasVariants.Of("combating cybercrime"));
        Assert.Contains("combats cybercrime", AliasVariants.Of("combating cybercrime"));
        Assert.Contains("bridge the digital divide", AliasVariants.Of("bridging the digital divide"));
        Assert.Contains("digitalization", AliasVariants.Of("digitalisation"));
        Assert.Contains("nonproliferation", AliasVariants.Of("non-proliferation"));
        Assert.Contains("open-source", AliasVariants.Of("open source"));
        Assert.Contains("governance of artificial intelligence", AliasVariants.Of("governance of AI"));
        Assert.Empty(AliasVariants.Of("网络主权"));
        Assert.DoesNotContain("human right", AliasVariants.Of("human rights"));
    }

    [Fact]
    public void Generated_forms_find_inflected_mentions_in_English()
    {
        var found = ConceptsIn("The ministers vowed that they would keep tackling climate crises and addressed climate change together.");

        Assert.Contains("climate-action", found);
        Assert.Contains("climate-change", found);
    }

    [Fact]
    public void A_broader_concept_named_inside_a_longer_name_is_mentioned_too()
    {
        var zh = ConceptsIn("代表团表示支持全球人工智能治理倡议。");
        Assert.Contains("global-ai-governance-initiative", zh);
        Assert.Contains("ai-governance", zh);
        Assert.Contains("artificial-intelligence", zh);

        var en = ConceptsIn("The delegation welcomed the Global AI Governance Initiative.");
        Assert.Contains("global-ai-governance-initiative", en);
        Assert.Contains("ai-governance", en);
    }

    [Fact]
    public void A_name_that_is_not_on_the_broader_chain_does_not_count_inside_a_compound()
    {
        var found = ConceptsIn("各国应共同推进人工智能全球治理。");

        Assert.Contains("ai-governance", found);
        Assert.DoesNotContain("global-governance", found);
    }

    [Fact]
    public void A_form_inside_a_not_within_phrase_is_no_mention()
    {
        Assert.DoesNotContain("informatization", ConceptsIn("工业和信息化部发布了新的通知。"));
        Assert.Contains("informatization", ConceptsIn("各地加快推进信息化，服务群众。"));
        Assert.DoesNotContain("open-source", ConceptsIn("财政部门要开源节流，压减一般性支出。"));
        Assert.Contains("open-source", ConceptsIn("企业积极参与开源社区建设。"));
    }

    [Fact]
    public void Generic_words_no_longer_make_mentions()
    {
        Assert.DoesNotContain("positive-online-content", ConceptsIn("双方为地区和平注入更多正能量。"));
        Assert.DoesNotContain("protectionism", ConceptsIn("The agency lowered trade barriers for farm goods."));
        Assert.DoesNotContain("online-platforms", ConceptsIn("The college opened an online platform for its courses."));
    }

    [Theory]
    [InlineData("The ministry keeps connecting rural clinics and schools to the internet.", "digital-infrastructure", true)]
    [InlineData("Last year we connected every village library to the Internet.", "digital-infrastructure", true)]
    [InlineData("Our engineers harden the national power grid against cyber attacks every winter.", "cybersecurity", true)]
    [InlineData("The bank protected its customers' accounts from hackers and fraudsters.", "cybersecurity", true)]
    [InlineData("The bank protected its customers' accounts from hackers and fraudsters.", "combating-cybercrime", true)]
    [InlineData("Allies agreed on rules of the road for every state operating in cyberspace.", "international-rules-for-cyberspace", true)]
    // The head must stand one to six words before the tail, in one clause.
    [InlineData("Most farmers are now connected to the internet.", "digital-infrastructure", false)]
    [InlineData("Connecting, for the first time, to the internet was slow.", "digital-infrastructure", false)]
    [InlineData("The number of cyberattacks against banks rose again.", "cybersecurity", false)]
    [InlineData("We protect our harbours and airports and railways and many other public places from hackers.", "cybersecurity", false)]
    public void A_pattern_finds_its_concept_around_the_object_a_speech_puts_in_the_gap(string text, string conceptId, bool found)
    {
        Assert.Equal(found, ConceptsIn(text).Contains(conceptId));
    }

    [Fact]
    public void Two_patterns_of_one_concept_on_the_same_words_make_one_mention()
    {
        // "from hackers" matches both "protecting ... from {cyber-threats}" and "protecting ... from {cybercrime}".
        var batch = ExtractionFixture.Extractor.Extract(new RawDocument("rule.txt", "The bank protected its customers' accounts from hackers.", new DocumentMetadata(), []));

        Assert.Single(batch.Mentions, m => m.TargetId == "cybersecurity");
    }

    [Theory]
    [InlineData("The coastal states rely on the law of the sea to settle their claims.", "international-law")]
    [InlineData("Members recalled the purposes and principles of the United Nations.", "un-charter")]
    [InlineData("A freer flow of data across the region would help small firms.", "cross-border-data-flows")]
    [InlineData("Universities are building the next generation of the Internet together.", "digital-infrastructure")]
    [InlineData("Any new database must respect citizens' privacy.", "right-to-privacy")]
    [InlineData("The forum drafted principles for the governance and use of the Internet.", "internet-governance")]
    [InlineData("Journalists deserve the same freedoms online as well as offline.", "human-rights-online")]
    public void English_aliases_for_speech_wording_find_their_concepts(string text, string conceptId)
    {
        Assert.Contains(conceptId, ConceptsIn(text));
    }
}

