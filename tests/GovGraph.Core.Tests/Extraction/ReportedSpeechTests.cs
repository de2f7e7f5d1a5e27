using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>News: Chinese names outside the gazetteer, and reported speech that runs past the sentence naming its speaker.</summary>
public sealed class ReportedSpeechTests
{
    private static GraphBatch Extract(string text) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("news.txt", text, new DocumentMetadata(), []));

    [Fact]
    public void A_chinese_name_after_a_title_or_before_a_speech_verb_is_a_person_with_a_stable_id()
    {
        var batch = Extract("国务院副总理邓明华出席开幕式。邓明华表示，要坚持多边主义。");

        var person = Assert.Single(batch.People);
        Assert.Equal(("邓明华", "邓明华"), (person.Id, person.NameZh));
        Assert.Contains("副总理", person.Titles);
        Assert.Contains(batch.Statements, s => s.PersonId == "邓明华" && s.Stance == Stance.Support && s.ConceptIds.Contains("multilateralism"));
        Assert.Equal(2, batch.Mentions.Count(m => m.TargetId == "邓明华"));
    }

    [Fact]
    public void A_name_before_a_speech_verb_needs_a_clause_start_and_a_family_name()
    {
        // 各方 and 与会嘉宾 are no names: no family name, or not at the start of the clause.
        var batch = Extract("会议期间，各方表示支持多边主义。与会嘉宾表示，要坚持多边主义。");

        Assert.Empty(batch.People);
    }

    [Fact]
    public void Reported_speech_carries_through_the_paragraph_until_the_narration_resumes_in_chinese()
    {
        var batch = Extract("邓明华表示，会议取得成功。中国将加快推动数字经济发展。要坚持多边主义。\n记者看到，展会推动数据安全产业发展。");

        Assert.Contains(batch.Statements, s => s.PersonId == "邓明华" && s.Stance == Stance.Support && s.ConceptIds.Contains("digital-economy"));
        Assert.Contains(batch.Statements, s => s.PersonId == "邓明华" && s.Stance == Stance.Support && s.ConceptIds.Contains("multilateralism"));
        Assert.DoesNotContain(batch.Statements, s => s.ConceptIds.Contains("data-security"));
    }

    [Fact]
    public void Reported_speech_carries_until_another_person_is_named_in_english()
    {
        var batch = Extract(
            "Minister Ana Quinterra said the talks went well. Cyber sovereignty must be respected. " +
            "Governor Paulo Ferreira opened a centre that promotes data security.");

        Assert.Contains(batch.Statements, s => s.PersonId == "ana-quinterra" && s.Stance == Stance.Support && s.ConceptIds.Contains("cyber-sovereignty"));
        Assert.DoesNotContain(batch.Statements, s => s.PersonId == "ana-quinterra" && s.ConceptIds.Contains("data-security"));
    }
}
