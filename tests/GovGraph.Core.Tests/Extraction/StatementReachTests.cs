using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>
/// How far a speaker's statement reaches: through an announced list of points, over a topic phrase, to
/// "we" inside reported speech, and to names that are themselves actions. Sentences written for these tests.
/// </summary>
public sealed class StatementReachTests
{
    private static readonly DocumentMetadata Transcript = new() { Speakers = ["Ana Quinterra (President)"] };

    private static GraphBatch Extract(string text, DocumentMetadata? metadata = null) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("news.txt", text, metadata ?? new DocumentMetadata(), []));

    private static bool Holds(GraphBatch batch, string personId, string conceptId, Stance stance) =>
        batch.Statements.Any(s => s.PersonId == personId && s.ConceptIds.Contains(conceptId) && s.Stance == stance);

    [Fact]
    public void An_announced_list_of_points_is_the_speakers_paragraph_after_paragraph()
    {
        var batch = Extract("国务院副总理邓明华出席论坛。邓明华就深化“区域合作”提出3点建议：\n第一，坚持多边主义，扩大开放。\n第二，加强数据安全能力建设。\n会场外，展会推动数字经济发展。");

        Assert.True(Holds(batch, "邓明华", "multilateralism", Stance.Support));
        Assert.True(Holds(batch, "邓明华", "data-security", Stance.Support));
        // The paragraph without a list marker is the narration again.
        Assert.DoesNotContain(batch.Statements, s => s.ConceptIds.Contains("digital-economy"));
    }

    [Fact]
    public void A_paragraph_after_an_ordinary_statement_is_not_carried()
    {
        var batch = Extract("邓明华表示，会议取得成功。\n第一，坚持多边主义。");

        Assert.DoesNotContain(batch.Statements, s => s.ConceptIds.Contains("multilateralism"));
    }

    [Fact]
    public void We_inside_reported_speech_is_the_reported_speaker()
    {
        var batch = Extract("邓明华指出，当前形势复杂。我们应当加强网络安全合作。中国愿同各方一道，携手构建网络空间命运共同体。");

        Assert.True(Holds(batch, "邓明华", "cybersecurity", Stance.Support));
        Assert.True(Holds(batch, "邓明华", "community-with-shared-future-in-cyberspace", Stance.Support));
    }

    [Fact]
    public void We_outside_reported_speech_in_a_report_is_still_nobodys()
    {
        var batch = Extract("会议在京举行。我们应当加强网络安全合作。");

        Assert.Empty(batch.Statements);
    }

    [Fact]
    public void A_name_that_is_an_action_states_a_programme_even_under_a_neutral_verb()
    {
        var batch = Extract("邓明华表示，缩小数字鸿沟，践行多边主义。");

        Assert.True(Holds(batch, "邓明华", "bridging-the-digital-divide", Stance.Support));
        Assert.True(Holds(batch, "邓明华", "multilateralism", Stance.Support));
    }

    [Fact]
    public void A_neutral_subject_gives_way_to_a_later_modal_and_no_engaging_in_opposes()
    {
        var batch = Extract("中方近期成立了研究中心，愿同各方释放人工智能潜力。不搞阵营对抗。", Transcript);

        Assert.True(Holds(batch, "ana-quinterra", "artificial-intelligence", Stance.Support));
        Assert.True(Holds(batch, "ana-quinterra", "bloc-confrontation", Stance.Oppose));
    }

    [Fact]
    public void Abiding_by_a_rule_supports_it_in_english_and_chinese()
    {
        var batch = Extract("Every state has to abide by international law. 各国都要恪守联合国宪章。", Transcript);

        Assert.True(Holds(batch, "ana-quinterra", "international-law", Stance.Support));
        Assert.True(Holds(batch, "ana-quinterra", "un-charter", Stance.Support));
    }

    [Theory]
    [InlineData("Data security is essential for every economy.", "data-security", Stance.Support)]
    [InlineData("Unilateralism is unacceptable to small states.", "unilateralism", Stance.Oppose)]
    [InlineData("搞“保护主义”对谁都没好处。", "protectionism", Stance.Oppose)]
    public void An_evaluation_after_its_subject_sets_the_subjects_stance(string text, string conceptId, Stance stance)
    {
        Assert.True(Holds(Extract(text, Transcript), "ana-quinterra", conceptId, stance));
    }

    [Fact]
    public void Upholding_a_slogan_against_a_concept_opposes_the_concept()
    {
        // 融合不脱钩 ("integration, not decoupling") is a form of decoupling that states a stand against it.
        var slogan = Extract("要坚持开放合作、融合不脱钩。", Transcript);
        var plain = Extract("要坚决反对科技脱钩。", Transcript);

        Assert.True(Holds(slogan, "ana-quinterra", "tech-decoupling", Stance.Oppose));
        Assert.True(Holds(plain, "ana-quinterra", "tech-decoupling", Stance.Oppose));
    }

    [Fact]
    public void A_word_that_only_starts_like_a_verb_states_nothing()
    {
        // 保护主义 starts with 保护 (protect) but is protectionism; a description of it is no position.
        var batch = Extract("邓明华表示，近年来保护主义抬头。", null);

        Assert.DoesNotContain(batch.Statements, s => s.ConceptIds.Contains("protectionism") && s.Stance != Stance.Neutral);
        Assert.Contains(batch.Mentions, m => m.TargetId == "protectionism");
    }

    [Fact]
    public void A_firm_belief_in_a_principle_supports_it()
    {
        Assert.True(Holds(Extract("Our people have a firm belief in multilateralism.", Transcript), "ana-quinterra", "multilateralism", Stance.Support));
    }

    [Fact]
    public void Upholding_the_order_based_on_international_law_supports_international_law_too()
    {
        // The taxonomy files the UN-centred system under international law, so the law named inside its name counts.
        var batch = Extract("要坚定维护以国际法为基础的国际秩序。", Transcript);

        Assert.True(Holds(batch, "ana-quinterra", "un-centred-international-system", Stance.Support));
        Assert.True(Holds(batch, "ana-quinterra", "international-law", Stance.Support));
    }
}
