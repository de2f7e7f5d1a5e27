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
    [InlineData("邓明华表示，要消弭数字鸿沟。", "bridging-the-digital-divide", Stance.Support)]
    [InlineData("邓明华表示，要消弭全球数智鸿沟。", "ai-divide", Stance.Oppose)]
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
    [InlineData("邓明华表示，要加强网络和信息安全防护。", "cybersecurity")]
    [InlineData("邓明华表示，要完善网络、数据安全保护体系。", "cybersecurity")]
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

    [Theory]
    [InlineData("邓明华表示，要做好市场信息和食品安全工作。")]
    [InlineData("邓明华表示，要抓好种子、信息、农产品质量安全。")]
    public void A_word_that_only_ends_like_an_item_names_nothing_with_the_head(string text)
    {
        // 市场信息 is one word; after "、" 信息 is a noun of its own, since 农产品质量安全 is no name.
        Assert.DoesNotContain(Extract(text).Mentions, m => m.TargetId == "information-security");
    }

    [Fact]
    public void Upholding_non_alignment_opposes_bloc_confrontation()
    {
        var batch = Extract("邓明华表示，中方始终坚持结伴不结盟，坚持不结盟、不对抗的原则。");

        Assert.Contains("邓明华", SpeakersOf(batch, "bloc-confrontation", Stance.Oppose));
        Assert.DoesNotContain("邓明华", SpeakersOf(batch, "bloc-confrontation", Stance.Support));
    }

    [Fact]
    public void A_joint_remarks_run_of_reported_speech_stays_with_its_speakers_however_long()
    {
        var batch = Extract(
            "白俄罗斯总统卢卡申科、乌兹别克斯坦总统米尔济约耶夫出席论坛并致辞。他们祝贺论坛开幕。各方表示，论坛意义重大。" +
            "数字合作前景广阔。各国交流日益密切。要加强数据安全合作。");

        Assert.Equal(new HashSet<string> { "alexander-lukashenko", "shavkat-mirziyoyev" }, SpeakersOf(batch, "data-security", Stance.Support));
    }

    [Fact]
    public void Guests_praising_a_party_endorse_what_it_advocates_not_its_record()
    {
        var batch = Extract(
            "白俄罗斯总统卢卡申科、乌兹别克斯坦总统米尔济约耶夫分别致辞。各方表示，论坛很成功。中国倡导多边主义，推动数字经济合作，展现了大国担当。");

        Assert.Equal(new HashSet<string> { "alexander-lukashenko", "shavkat-mirziyoyev" }, SpeakersOf(batch, "multilateralism", Stance.Support));
        Assert.DoesNotContain(batch.Statements, s => s.ConceptIds.Contains("digital-economy"));
    }

    [Fact]
    public void Supporting_a_narrower_name_is_no_stance_on_the_field_inside_it()
    {
        var batch = Extract("邓明华表示，要推动人工智能全球治理，维护以国际法为基础的国际秩序。");

        Assert.Contains("邓明华", SpeakersOf(batch, "ai-governance", Stance.Support));
        Assert.Contains("邓明华", SpeakersOf(batch, "international-law", Stance.Support));
        Assert.DoesNotContain(batch.Statements, s => s.ConceptIds.Contains("artificial-intelligence"));
        Assert.Contains(batch.Mentions, m => m.TargetId == "artificial-intelligence");
    }

    [Fact]
    public void A_directive_in_a_later_clause_calls_only_for_what_follows_it()
    {
        var batch = Extract("邓明华表示，会议取得成功。数字经济潜力巨大，需要各国携手加强数据安全合作。");

        Assert.Contains("邓明华", SpeakersOf(batch, "data-security", Stance.Support));
        Assert.DoesNotContain(batch.Statements, s => s.ConceptIds.Contains("digital-economy"));
    }

    [Fact]
    public void A_commitment_inside_a_neutral_report_is_support()
    {
        var batch = Extract("邓明华表示，中国愿同各国一道，让数字化为经济发展增添动力。");

        Assert.Contains("邓明华", SpeakersOf(batch, "digital-transformation", Stance.Support));
    }
}
