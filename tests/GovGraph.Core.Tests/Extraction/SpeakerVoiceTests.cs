using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>In a transcript the speaker holds the positions of the speech: modal, impersonal, government-as-subject and subjectless directive clauses.</summary>
public sealed class SpeakerVoiceTests
{
    private static readonly DocumentMetadata Transcript = new() { Speakers = ["Ana Quinterra (President)"] };

    private static GraphBatch Extract(string text, DocumentMetadata? metadata = null) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("test.txt", text, metadata ?? new DocumentMetadata(), []));

    private static Stance? StanceOn(GraphBatch batch, string conceptId) =>
        batch.Statements.FirstOrDefault(s => s.ConceptIds.Contains(conceptId))?.Stance;

    [Fact]
    public void Modal_impersonal_and_government_clauses_are_the_speakers_in_english()
    {
        var batch = Extract(
            "Global governance must become fairer for small states. There is no justification for protectionism in any form. " +
            "My Government will keep promoting data security with every partner.",
            Transcript);

        Assert.All(batch.Statements, s => Assert.Equal("ana-quinterra", s.PersonId));
        Assert.Equal(Stance.Support, StanceOn(batch, "global-governance"));
        Assert.Equal(Stance.Oppose, StanceOn(batch, "protectionism"));
        Assert.Equal(Stance.Support, StanceOn(batch, "data-security"));
        Assert.Contains(batch.Statements, s => s.Verb == "There is no justification for");
    }

    [Fact]
    public void Subjectless_directives_and_the_chinese_side_are_the_speakers_in_chinese()
    {
        var batch = Extract("要坚持多边主义，反对保护主义。中方愿同各方深化数据安全合作。", Transcript);

        Assert.All(batch.Statements, s => Assert.Equal("ana-quinterra", s.PersonId));
        Assert.Equal(Stance.Support, StanceOn(batch, "multilateralism"));
        Assert.Equal(Stance.Oppose, StanceOn(batch, "protectionism"));
        Assert.Equal(Stance.Support, StanceOn(batch, "data-security"));
    }

    [Fact]
    public void A_directive_word_inside_another_word_and_a_clause_without_stance_give_nothing()
    {
        // 要 inside 重要 opens no directive; a plain description names a concept without a position on it.
        var batch = Extract("数据安全很重要。Global governance was discussed at length.", Transcript);

        Assert.Empty(batch.Statements);
        Assert.Contains(batch.Mentions, m => m.TargetId == "data-security");
    }

    [Fact]
    public void The_voice_rule_gives_no_statement_outside_a_transcript()
    {
        var batch = Extract("Global governance must become fairer. 要坚持多边主义。");

        Assert.Empty(batch.Statements);
    }

    [Theory]
    [InlineData("Tonight I ask Congress to fund nuclear non-proliferation programmes in full.", "nuclear-nonproliferation", Stance.Support)]
    [InlineData("Last spring I challenged every county to close the digital divide.", "bridging-the-digital-divide", Stance.Support)]
    [InlineData("We reaffirm our commitment to the Charter of the United Nations.", "un-charter", Stance.Support)]
    [InlineData("Our small republic is an ardent advocate for multilateralism.", "multilateralism", Stance.Support)]
    [InlineData("Is it not time to end protectionism in farm trade?", "protectionism", Stance.Oppose)]
    [InlineData("We cannot allow unilateralism to become the rule.", "unilateralism", Stance.Oppose)]
    [InlineData("Every person is entitled to human rights online.", "human-rights-online", Stance.Support)]
    [InlineData("Without new money we will not achieve the Sustainable Development Goals.", "sustainable-development-goals", Stance.Support)]
    [InlineData("Can we find ways to put data security first in our schools?", "data-security", Stance.Support)]
    public void Requests_challenges_advocacy_and_rhetorical_calls_are_the_speakers_stances(string text, string conceptId, Stance stance)
    {
        var batch = Extract(text, Transcript);

        Assert.Equal(stance, StanceOn(batch, conceptId));
        Assert.All(batch.Statements, s => Assert.Equal("ana-quinterra", s.PersonId));
    }

    [Fact]
    public void A_topic_put_before_a_first_person_call_is_what_the_call_is_about()
    {
        var fronted = Extract("On the digital divide, we must act before the next harvest.", Transcript);
        var described = Extract("The digital divide widened, and we must act before the next harvest.", Transcript);

        var statement = Assert.Single(fronted.Statements);
        Assert.Equal(["digital-divide"], statement.ConceptIds);
        Assert.Equal(Stance.Oppose, statement.Stance);
        Assert.EndsWith("before the next harvest", fronted.Words(statement.Span), StringComparison.Ordinal);
        Assert.Empty(described.Statements);
    }
}

