using GovGraph.Core.Graph;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>
/// The reference document (DESIGN.md): a report of Xi Jinping's video address to the 2023 WIC Wuzhen Summit.
/// Every fact DESIGN.md lists is asserted with evidence that points at the right words.
/// </summary>
public sealed class ReferenceDocumentTests
{
    private static readonly Lazy<GraphBatch> Batch = new(() => ExtractionFixture.Extract(TestCorpus.ReferenceDocument));

    // Edition ids are the gazetteer's: "{series}-{year}".
    private const string Wic2023 = "world-internet-conference-2023";
    private const string Wic2015 = "world-internet-conference-2015";

    private static GraphBatch Reference => Batch.Value;

    [Fact]
    public void Xi_Jinping_is_one_person_from_his_full_titled_name_and_President_Xi()
    {
        var person = Assert.Single(Reference.People);
        Assert.Equal("xi-jinping", person.Id);
        Assert.Equal("Xi Jinping", person.Name);
        var words = Reference.Mentions.Where(m => m.TargetLabel == NodeLabels.Person).Select(m => Reference.Words(m.Span)).ToList();
        Assert.All(words, w => Assert.Contains(w, new[] { "Chinese President Xi Jinping", "President Xi" }));
        Assert.Contains("Chinese President Xi Jinping", words);
        Assert.Contains("President Xi", words);
        Assert.All(Reference.Mentions.Where(m => m.TargetLabel == NodeLabels.Person), m => Assert.Equal("xi-jinping", m.TargetId));
    }

    [Fact]
    public void Xi_spoke_at_the_2023_Wuzhen_Summit_by_video_on_8_November()
    {
        var spoke = Assert.Single(Reference.SpokeAt);
        Assert.Equal(("xi-jinping", Wic2023, "2023-11-08", "video"), (spoke.PersonId, spoke.EventId, spoke.Date, spoke.Mode));
        var evidence = Reference.Words(spoke.Evidence);
        Assert.StartsWith("Chinese President Xi Jinping", evidence, StringComparison.Ordinal);
        Assert.Contains("2023 World Internet Conference (WIC) Wuzhen Summit", evidence, StringComparison.Ordinal);
        Assert.EndsWith("via video", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_2023_Wuzhen_Summit_is_an_edition_of_the_World_Internet_Conference_held_in_Wuzhen()
    {
        var summit = Assert.Single(Reference.Events, e => e.Id == Wic2023);
        Assert.Equal(("world-internet-conference", 2023, "2023-11-08", "wuzhen"), (summit.Series, summit.Year, summit.Date, summit.Place));
        Assert.Contains(Reference.EventSeries, s => s.Id == "world-internet-conference" && s.Name == "World Internet Conference" && s.Acronym == "WIC");
        Assert.Contains(Reference.Places, p => p.Id == "wuzhen" && p.Name == "Wuzhen");
        Assert.Contains(new DocumentLink(RelationshipTypes.ReportsOn, Wic2023), Reference.Links);
        var mention = Reference.Mentions.First(m => m.TargetId == Wic2023);
        Assert.Equal("2023 World Internet Conference (WIC) Wuzhen Summit", Reference.Words(mention.Span));
        Assert.Equal("2023-11-08", Reference.Document.Published);
    }

    [Fact]
    public void The_community_with_a_shared_future_in_cyberspace_was_first_proposed_at_the_second_WIC_in_2015()
    {
        var proposal = Assert.Single(Reference.FirstProposedAt);
        Assert.Equal(("community-with-shared-future-in-cyberspace", Wic2015), (proposal.ConceptId, proposal.EventId));
        var evidence = Reference.Words(proposal.Evidence);
        Assert.StartsWith("community with a shared future in cyberspace", evidence, StringComparison.Ordinal);
        Assert.EndsWith("initially proposed at the second WIC in 2015", evidence, StringComparison.Ordinal);
        var edition = Assert.Single(Reference.Events, e => e.Id == Wic2015);
        Assert.Equal(("world-internet-conference", 2, 2015), (edition.Series, edition.Edition, edition.Year));
    }

    [Theory]
    [InlineData("bridging-the-digital-divide", "bridging the digital divide")]
    [InlineData("cyber-sovereignty", "cyber sovereignty")]
    [InlineData("internet-governance", "internet governance")]
    [InlineData("combating-cybercrime", "combat cybercrimes")]
    [InlineData("data-security", "data security")]
    [InlineData("personal-information-protection", "protect personal information")]
    [InlineData("global-ai-governance-initiative", "Global Artificial Intelligence Governance Initiative")]
    [InlineData("ai-safety", "safe development of artificial intelligence")]
    public void Xi_made_a_statement_supporting(string conceptId, string words) =>
        AssertStatement(conceptId, words, Stance.Support);

    [Theory]
    [InlineData("hegemony", "pursuit of hegemony")]
    [InlineData("bloc-confrontation", "bloc confrontation")]
    [InlineData("cyber-arms-race", "arms races in cyberspace")]
    public void Xi_made_a_statement_opposing(string conceptId, string words) =>
        AssertStatement(conceptId, words, Stance.Oppose);

    [Fact]
    public void The_Global_AI_Governance_Initiative_sits_under_AI_governance()
    {
        var initiative = Assert.Single(Reference.Concepts, c => c.Id == "global-ai-governance-initiative");
        Assert.Contains("ai-governance", initiative.Broader);
        Assert.Contains(Reference.Concepts, c => c.Id == "ai-governance");
        var digitalDivide = Assert.Single(Reference.Concepts, c => c.Id == "bridging-the-digital-divide");
        Assert.Contains("digital-divide", digitalDivide.Broader);
    }

    [Fact]
    public void Nothing_comes_from_the_Also_Read_line()
    {
        var text = Reference.Document.Text;
        var lineStart = text.IndexOf("Also Read", StringComparison.Ordinal);
        Assert.True(lineStart >= 0);
        var lineEnd = text.IndexOf('\n', lineStart);
        var spans = Reference.Mentions.Select(m => m.Span)
            .Concat(Reference.Statements.Select(s => s.Span))
            .Concat(Reference.SpokeAt.Select(s => s.Evidence))
            .Concat(Reference.FirstProposedAt.Select(f => f.Evidence))
            .ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.True(s.End <= lineStart || s.Start >= lineEnd, $"{s} lies in the Also Read line"));
        Assert.DoesNotContain(Reference.Concepts, c => c.Name.Contains("Student Games", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_span_lies_in_its_sentence_and_every_quote_is_the_text_it_spans()
    {
        var text = Reference.Document.Text;
        var spans = Reference.Mentions.Select(m => m.Span).Concat(Reference.Statements.Select(s => s.Span))
            .Concat(Reference.SpokeAt.Select(s => s.Evidence)).Concat(Reference.FirstProposedAt.Select(f => f.Evidence));
        Assert.All(spans, s =>
        {
            Assert.InRange(s.SentenceStart, 0, s.Start);
            Assert.InRange(s.End, s.Start + 1, s.SentenceEnd);
            Assert.True(s.SentenceEnd <= text.Length);
        });
        Assert.All(Reference.Statements, s => Assert.Equal(text[s.Span.Start..s.Span.End], s.Quote));
        Assert.All(Reference.Statements, s => Assert.Equal(DocumentIdentity.FactId("stmt", Reference.Document.Id, s.Span.Start, s.Span.End), s.Id));
        Assert.Equal(DocumentIdentity.Compute(text), Reference.Document.Id);
    }

    private static void AssertStatement(string conceptId, string words, Stance stance)
    {
        var statement = Assert.Single(Reference.Statements, s => s.ConceptIds.Contains(conceptId));
        Assert.Equal(("xi-jinping", stance, Wic2023), (statement.PersonId, statement.Stance, statement.EventId));
        var mention = Assert.Single(Reference.Mentions, m => m.TargetId == conceptId
            && m.Span.Start >= statement.Span.Start && m.Span.End <= statement.Span.End);
        Assert.Equal(words, Reference.Words(mention.Span));
    }
}
