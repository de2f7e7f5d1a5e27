using GovGraph.Core.Matching;
using GovGraph.Core.Taxonomy;
using Xunit;

namespace GovGraph.Core.Tests.Taxonomy;

/// <summary>The taxonomy shipped in graph-schema/taxonomy: it loads, and it is as broad as analysts need.</summary>
public class RealTaxonomyTests
{
    internal static TaxonomySet Taxonomy { get; } = TaxonomyLoader.Load(Path.Combine(GraphSchemaLocator.Find(), "taxonomy"));

    [Fact]
    public void It_holds_at_least_200_concepts_covering_all_nine_categories()
    {
        Assert.True(Taxonomy.Concepts.Count >= 200, $"only {Taxonomy.Concepts.Count} concepts");
        foreach (var (category, _, _) in TaxonomyCategories.All)
        {
            Assert.True(Taxonomy.Concepts.Count(c => c.Category == category) >= 10, $"category {category} has fewer than 10 concepts");
        }
    }

    [Fact]
    public void Every_concept_has_an_english_and_a_chinese_label_and_a_definition()
    {
        foreach (var concept in Taxonomy.Concepts)
        {
            Assert.False(string.IsNullOrWhiteSpace(concept.Name), concept.Id);
            Assert.Contains(concept.NameZh, c => c >= '\u4E00' && c <= '\u9FFF');
            Assert.False(string.IsNullOrWhiteSpace(concept.Definition), concept.Id);
        }
    }

    [Fact]
    public void Every_concept_outside_a_category_root_has_a_broader_concept()
    {
        var roots = TaxonomyCategories.All.Select(c => c.Id).ToHashSet();
        var orphans = Taxonomy.Concepts.Where(c => c.Broader.Count == 0 && !roots.Contains(c.Id)).Select(c => c.Id).ToList();
        Assert.True(orphans.Count <= Taxonomy.Concepts.Count / 10, $"too many concepts without a broader one: {string.Join(", ", orphans)}");
    }

    [Fact]
    public void Tracked_initiatives_are_concepts_under_a_broader_concept()
    {
        string[] initiatives =
        [
            "global-ai-governance-initiative", "global-development-initiative", "global-security-initiative",
            "global-civilization-initiative", "global-digital-compact", "digital-silk-road", "belt-and-road-initiative",
            "community-with-shared-future-in-cyberspace", "global-initiative-on-data-security", "wsis",
            "christchurch-call", "bletchley-declaration", "eu-ai-act", "gdpr",
        ];
        foreach (var id in initiatives)
        {
            var concept = Taxonomy.Find(id);
            Assert.True(concept is not null, $"missing {id}");
            Assert.NotEmpty(concept.Broader);
        }
    }

    [Theory]
    [InlineData("网络空间命运共同体", "community-with-shared-future-in-cyberspace")]
    [InlineData("bridge the digital divide", "bridging-the-digital-divide")]
    [InlineData("弥合数字鸿沟", "bridging-the-digital-divide")]
    [InlineData("网络空间主权", "cyber-sovereignty")]
    [InlineData("fight against cybercrime", "combating-cybercrime")]
    [InlineData("打击网络犯罪", "combating-cybercrime")]
    [InlineData("数据安全", "data-security")]
    [InlineData("protection of personal information", "personal-information-protection")]
    [InlineData("个人信息保护", "personal-information-protection")]
    [InlineData("全球人工智能治理倡议", "global-ai-governance-initiative")]
    [InlineData("safe development of AI", "ai-safety")]
    [InlineData("霸权主义", "hegemony")]
    [InlineData("网络霸权", "cyber-hegemony")]
    [InlineData("集团对抗", "bloc-confrontation")]
    [InlineData("arms race in cyberspace", "cyber-arms-race")]
    [InlineData("网络军备竞赛", "cyber-arms-race")]
    [InlineData("全人类共同价值", "shared-human-values")]
    [InlineData("网络主权", "cyber-sovereignty")]
    [InlineData("sovereignty in cyberspace", "cyber-sovereignty")]
    [InlineData("互联网+", "internet-plus")]
    [InlineData("数字中国", "digital-china")]
    [InlineData("网络强国", "cyberpower")]
    [InlineData("大数据", "big-data")]
    [InlineData("平台经济", "platform-economy")]
    [InlineData("GDPR", "gdpr")]
    public void Both_languages_reach_the_same_concepts(string phrase, string id)
    {
        var concept = Taxonomy.Concepts.SingleOrDefault(c => c.SurfaceForms().Any(f => CharFolding.FoldPhrase(f) == CharFolding.FoldPhrase(phrase)));
        Assert.Equal(id, concept?.Id);
    }

    [Theory]
    [InlineData("同南亚国家的关系更加密切", "encryption")]
    [InlineData("强化科技战略咨询", "technology-competition")]
    [InlineData("他说 the agency said it would maintain its aid", "artificial-intelligence")]
    [InlineData("Capacity building in health systems", "digital-capacity-building")]
    public void Forms_do_not_fire_inside_unrelated_words(string text, string id)
    {
        var matcher = new PhraseMatcher(Taxonomy.SurfaceFormPhrases());
        Assert.DoesNotContain(matcher.FindAll(text), m => Taxonomy.Concepts[m.Payload].Id == id);
    }
}
