using System.Text.Json;
using GovGraph.Core.Graph;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>Extraction on other real documents: transcripts with manifest speakers, Chinese reports, unknown people.</summary>
public sealed class CorpusDocumentTests
{
    [Fact]
    public void A_UN_speech_makes_the_manifest_speaker_the_speaker_of_its_first_person_statements()
    {
        var batch = ExtractionFixture.Extract("ungdc/docs/CHN_68_2013.txt");

        Assert.NotEmpty(batch.Statements);
        var firstPerson = batch.Statements.Where(s => s.Verb.StartsWith("we ", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(firstPerson);
        Assert.All(firstPerson, s => Assert.Equal("wang-yi", s.PersonId));
        Assert.All(firstPerson, s => Assert.StartsWith(s.Verb, s.Quote, StringComparison.Ordinal));
        var speaker = Assert.Single(batch.People, p => p.Id == "wang-yi");
        Assert.Equal("Wang Yi", speaker.Name);

        var spoke = Assert.Single(batch.SpokeAt, s => s.PersonId == "wang-yi");
        var session = Assert.Single(batch.Events, e => e.Id == spoke.EventId);
        Assert.Equal(2013, session.Year);
        Assert.Equal(spoke.EventId, Assert.Single(batch.Links, l => l.Type == RelationshipTypes.ReportsOn).TargetId);
        Assert.All(firstPerson, s => Assert.Equal(spoke.EventId, s.EventId));
    }

    [Fact]
    public void A_UN_speech_event_comes_from_the_manifest_session_as_a_stable_edition()
    {
        var china = ExtractionFixture.Extract("ungdc/docs/CHN_68_2013.txt");
        var brazil = ExtractionFixture.Extract("ungdc/docs/BRA_68_2013.txt");

        var chinaEvent = Assert.Single(china.Links, l => l.Type == RelationshipTypes.ReportsOn).TargetId;
        var brazilEvent = Assert.Single(brazil.Links, l => l.Type == RelationshipTypes.ReportsOn).TargetId;
        Assert.Equal(chinaEvent, brazilEvent);
        Assert.Contains(brazil.SpokeAt, s => s.PersonId == "dilma-rousseff" && s.EventId == brazilEvent && s.Date == "2013");
    }

    [Fact]
    public void A_Chinese_government_work_report_yields_Chinese_label_mentions_and_a_first_person_statement()
    {
        var batch = ExtractionFixture.Extract("prc-official-reports-zh/docs/gwr_2024.txt");

        Assert.Equal("zh", batch.Document.Language);
        var chineseMentions = batch.Mentions.Where(m => m.TargetLabel == NodeLabels.Concept
            && batch.Words(m.Span).Any(c => c >= '\u4E00' && c <= '\u9FFF')).ToList();
        Assert.True(chineseMentions.Count >= 20, $"only {chineseMentions.Count} Chinese concept mentions");
        Assert.Contains(batch.Mentions, m => m.TargetId == "hegemony" && batch.Words(m.Span).StartsWith("霸权", StringComparison.Ordinal));

        var weMust = batch.Statements.Where(s => s.Verb == "我们要").ToList();
        Assert.NotEmpty(weMust);
        Assert.All(weMust, s => Assert.Equal("li-qiang", s.PersonId));
        Assert.Contains(batch.Statements, s => s.ConceptIds.Contains("hegemony") && s.Stance == Stance.Oppose);
        Assert.Equal("2024-03-05", batch.Document.Published);
    }

    [Fact]
    public void An_unknown_titled_person_becomes_one_new_person_from_full_and_short_forms()
    {
        var batch = ExtractionFixture.Extract("us-presidential-speeches/docs/2009-12-01-speech-strategy-afghanistan-and-pakistan.txt");

        var karzai = Assert.Single(batch.People, p => p.Name.Contains("Karzai", StringComparison.Ordinal));
        Assert.Equal("hamid-karzai", karzai.Id);
        Assert.Contains("President", karzai.Titles);
        var words = batch.Mentions.Where(m => m.TargetId == karzai.Id).Select(m => batch.Words(m.Span)).ToList();
        Assert.Contains("President Hamid Karzai", words);
        Assert.Contains("President Karzai", words);
    }

    [Fact]
    public void A_transcript_header_names_its_speaker_in_the_text()
    {
        var batch = ExtractionFixture.Extract("us-presidential-speeches/docs/2009-12-01-speech-strategy-afghanistan-and-pakistan.txt");

        var spoke = Assert.Single(batch.SpokeAt);
        Assert.Equal("barack-obama", spoke.PersonId);
        Assert.Equal("President: Barack Obama", batch.Words(spoke.Evidence));
        Assert.Equal("2009-12-01", spoke.Date);
    }

    [Fact]
    public void The_same_titled_person_in_two_documents_is_one_node()
    {
        var first = ExtractionFixture.Extract("us-presidential-speeches/docs/2001-09-22-address-us-response-attacks-september-11.txt");
        var second = ExtractionFixture.Extract("us-presidential-speeches/docs/2004-09-03-remarks-republican-national-convention.txt");

        Assert.Contains(first.People, p => p.Id == "tony-blair");
        Assert.Contains(second.People, p => p.Id == "tony-blair");
    }

    [Fact]
    public void The_same_input_gives_an_equal_batch()
    {
        var document = ExtractionFixture.Read(TestCorpus.ReferenceDocument);
        var once = ExtractionFixture.Extractor.Extract(document);
        var again = ExtractionFixture.CreateExtractor().Extract(document with { });

        Assert.Equal(JsonSerializer.Serialize(once), JsonSerializer.Serialize(again));
    }

    [Fact]
    public void Extract_is_safe_to_call_from_many_threads_at_once()
    {
        var documents = new[] { TestCorpus.ReferenceDocument, "ungdc/docs/CHN_68_2013.txt", "prc-official-reports-zh/docs/gwr_2024.txt" }
            .Select(ExtractionFixture.Read).ToArray();
        var expected = documents.Select(d => JsonSerializer.Serialize(ExtractionFixture.Extractor.Extract(d))).ToArray();

        var results = new string[documents.Length * 8];
        Parallel.For(0, results.Length, i => results[i] = JsonSerializer.Serialize(ExtractionFixture.Extractor.Extract(documents[i % documents.Length])));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % documents.Length], results[i]);
        }
    }
}
