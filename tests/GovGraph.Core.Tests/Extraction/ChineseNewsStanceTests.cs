using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>Chinese news: joint speakers named together, one subject over a chain of clauses, and the words that carry a stance there.</summary>
public sealed class ChineseNewsStanceTests
{
    private static GraphBatch Extract(string text) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("news.txt", text, new DocumentMetadata(), []));

    private static HashSet<string> SpeakersOf(GraphBatch batch, string conceptId, Stance stance) =>
        batch.Statements.Where(s => s.ConceptIds.Contains(conceptId) && s.Stance == stance).Select(s => s.PersonId!).ToHashSet();

    [Fact]
    public void Leaders_named_together_before_a_speech_verb_each_hold_the_view()
    {
        var batch = Extract("白俄罗斯总统卢卡申科、乌兹别克斯坦总统米尔济约耶夫等表示，要坚持多边主义。");

        Assert.Equal(new HashSet<string> { "alexander-lukashenko", "shavkat-mirziyoyev" }, SpeakersOf(batch, "multilateralism", Stance.Support));
    }

    [Fact]
    public void A_speech_verb_after_a_comma_keeps_the_subject_of_the_clause_before_it()
    {
        // 他们祝贺…，高度评价…: the praise is theirs; 并提出 continues the person who opens the sentence.
        var batch = Extract(
            "白俄罗斯总统卢卡申科、乌兹别克斯坦总统米尔济约耶夫出席论坛。他们祝贺论坛开幕，高度评价各国为推动人工智能全球治理所作的努力。\n" +
            "国务院副总理邓明华在论坛上发表演讲，回顾了合作成果，并提出了对弥合数字鸿沟的期待。");

        Assert.Equal(new HashSet<string> { "alexander-lukashenko", "shavkat-mirziyoyev" }, SpeakersOf(batch, "ai-governance", Stance.Support));
        Assert.Contains("邓明华", SpeakersOf(batch, "bridging-the-digital-divide", Stance.Support));
    }

    [Fact]
    public void A_reported_speakers_view_of_another_leader_goes_to_that_leader()
    {
        var batch = Extract("邓明华指出，白俄罗斯总统卢卡申科对数字经济合作高度重视，表示白方愿深度参与数据安全合作。");

        Assert.Contains("alexander-lukashenko", SpeakersOf(batch, "data-security", Stance.Support));
        Assert.DoesNotContain("邓明华", SpeakersOf(batch, "data-security", Stance.Support));
    }

    [Fact]
    public void A_comma_without_a_linking_word_does_not_hand_the_subject_on()
    {
        // 中国认为: the verb has a subject of its own, which is no person.
        var batch = Extract("国务院副总理邓明华出席论坛，中国认为要坚持多边主义。");

        Assert.DoesNotContain(batch.Statements, s => s.PersonId == "邓明华" && s.ConceptIds.Contains("multilateralism"));
    }

    [Theory]
    [InlineData("邓明华表示，要消弭数字鸿沟。", "digital-divide", Stance.Oppose)]
    [InlineData("邓明华表示，要确保数据安全。", "data-security", Stance.Support)]
    [InlineData("邓明华表示，中国高度重视多边主义。", "multilateralism", Stance.Support)]
    [InlineData("邓明华表示，要加大数字基础设施投入力度。", "digital-infrastructure", Stance.Support)]
    [InlineData("邓明华表示，要以开放合作为数字经济赋能。", "digital-economy", Stance.Support)]
    public void Chinese_goal_verbs_carry_a_stance(string text, string conceptId, Stance stance)
    {
        Assert.Contains(Extract(text).Statements, s => s.PersonId == "邓明华" && s.Stance == stance && s.ConceptIds.Contains(conceptId));
    }

    [Theory]
    [InlineData("邓明华表示，要严厉打击毒品走私、网络和电信诈骗犯罪。", "cybercrime")]
    [InlineData("邓明华表示，要筑牢网络和信息安全防线。", "cybersecurity")]
    public void A_list_item_that_shares_the_head_noun_is_a_mention(string text, string conceptId)
    {
        Assert.Contains(Extract(text).Mentions, m => m.TargetId == conceptId);
    }

    [Fact]
    public void A_list_item_inside_another_name_is_no_mention()
    {
        // 大数据和网络安全: 数据 belongs to 大数据, so there is no 数据安全 here.
        var batch = Extract("邓明华表示，要推动大数据和网络安全产业协调发展。");

        Assert.Contains(batch.Mentions, m => m.TargetId == "big-data");
        Assert.DoesNotContain(batch.Mentions, m => m.TargetId == "data-security");
    }

    [Fact]
    public void Upholding_non_alignment_opposes_bloc_confrontation()
    {
        var batch = Extract("邓明华表示，中方始终坚持结伴不结盟，坚持不结盟、不对抗的原则。");

        Assert.Contains("邓明华", SpeakersOf(batch, "bloc-confrontation", Stance.Oppose));
        Assert.DoesNotContain("邓明华", SpeakersOf(batch, "bloc-confrontation", Stance.Support));
    }
}
