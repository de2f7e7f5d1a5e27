using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>Named gatherings outside the gazetteer, recognised by their form.</summary>
public sealed class EventFormTests
{
    private static GraphBatch Extract(string text) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("news.txt", text, new DocumentMetadata(), []));

    [Fact]
    public void Capitalised_words_ending_in_an_event_head_are_an_event_with_edition_and_year()
    {
        var batch = Extract("Delegates praised the Second Arctic Fisheries Conference on Coastal Waters. The 2031 Lagoon Summit was announced.");

        var conference = Assert.Single(batch.Events, e => e.Name == "Second Arctic Fisheries Conference on Coastal Waters");
        Assert.Equal(2, conference.Edition);
        Assert.Contains(batch.Events, e => e.Name == "2031 Lagoon Summit" && e.Year == 2031);
        Assert.Contains(batch.Mentions, m => m.TargetId == conference.Id);
    }

    [Fact]
    public void A_standing_body_or_a_lone_head_word_is_no_event()
    {
        var batch = Extract("Members of Congress met the National Assembly. The Summit was long.");

        Assert.Empty(batch.Events);
    }

    [Fact]
    public void A_chinese_gathering_gets_its_edition_and_an_english_gloss_and_attendance_is_no_part_of_it()
    {
        var batch = Extract("部长出席第三届北京海洋数据论坛。记者看到，本次论坛十分热闹。");

        var forum = Assert.Single(batch.Events);
        Assert.Equal(3, forum.Edition);
        Assert.StartsWith("3rd Beijing", forum.Name, StringComparison.Ordinal);
        Assert.EndsWith("Forum / 第三届北京海洋数据论坛", forum.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gathering_used_as_a_time_marker_is_no_event()
    {
        var batch = Extract("第五届全国海洋大会以来，沿海城市加快发展。");

        Assert.Empty(batch.Events);
    }
}
