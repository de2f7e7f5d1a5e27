using GovGraph.Core.Graph;
using GovGraph.Core.Reading;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

/// <summary>Single rules on short texts, where a corpus document would hide which rule did the work.</summary>
public sealed class RuleTests
{
    private static GraphBatch Extract(string text, DocumentMetadata? metadata = null) =>
        ExtractionFixture.Extractor.Extract(new RawDocument("test.txt", text, metadata ?? new DocumentMetadata(), []));

    [Fact]
    public void A_titled_name_its_short_form_and_a_bare_family_name_are_one_person()
    {
        var batch = Extract(
            "Prime Minister Narendra Quixote opened the forum. Prime Minister Quixote called for bridging the digital divide. " +
            "Quixote said that cyber sovereignty must be respected.");

        var person = Assert.Single(batch.People);
        Assert.Equal(("narendra-quixote", "Narendra Quixote"), (person.Id, person.Name));
        Assert.Contains("Prime Minister", person.Titles);
        Assert.Equal(2, batch.Statements.Count);
        Assert.All(batch.Statements, s => Assert.Equal("narendra-quixote", s.PersonId));
        Assert.Contains(batch.Statements, s => s.Verb == "said" && s.ConceptIds.Contains("cyber-sovereignty"));
    }

    [Fact]
    public void A_pronoun_takes_the_last_person_subject_and_a_negation_flips_the_stance()
    {
        var batch = Extract("Secretary-General Ana Quinterra spoke on Monday. She stressed that states must never seek hegemony.");

        var statement = Assert.Single(batch.Statements);
        Assert.Equal(("ana-quinterra", Stance.Oppose), (statement.PersonId, statement.Stance));
        Assert.Equal("She stressed that states must never seek hegemony", statement.Quote);
    }

    [Theory]
    [InlineData("Secretary-General Ana Quinterra rejected attempts to undermine multilateralism.", "multilateralism", Stance.Support)]
    [InlineData("Secretary-General Ana Quinterra called for opposing protectionism.", "protectionism", Stance.Oppose)]
    [InlineData("Secretary-General Ana Quinterra said that states are committed to multilateralism.", "multilateralism", Stance.Support)]
    [InlineData("Secretary-General Ana Quinterra noted the rise of protectionism.", "protectionism", Stance.Neutral)]
    public void The_verb_and_the_last_stance_word_before_a_concept_decide_its_stance(string text, string conceptId, Stance stance)
    {
        var statement = Assert.Single(Extract(text).Statements);

        Assert.Equal(("ana-quinterra", stance), (statement.PersonId, statement.Stance));
        Assert.Equal([conceptId], statement.ConceptIds);
    }

    [Fact]
    public void First_person_speech_outside_a_transcript_is_no_statement()
    {
        var batch = Extract("We must bridge the digital divide.");

        Assert.Empty(batch.Statements);
        Assert.Contains(batch.Mentions, m => m.TargetId == "bridging-the-digital-divide");
    }

    [Fact]
    public void First_person_speech_in_a_transcript_belongs_to_the_manifest_speaker()
    {
        var batch = Extract("We must bridge the digital divide. 我们反对网络霸权。",
            new DocumentMetadata { Speakers = ["Ana Quinterra (President)"] });

        Assert.Equal(2, batch.Statements.Count);
        Assert.All(batch.Statements, s => Assert.Equal("ana-quinterra", s.PersonId));
        Assert.Contains(batch.Statements, s => s.Verb == "We must" && s.Stance == Stance.Support && s.ConceptIds.Contains("bridging-the-digital-divide"));
        Assert.Contains(batch.Statements, s => s.Verb == "我们反对" && s.Stance == Stance.Oppose && s.ConceptIds.Contains("cyber-hegemony"));
    }

    [Fact]
    public void A_document_that_is_one_long_sentence_gives_statements_of_bounded_length()
    {
        // PDF text can arrive without a single full stop; every statement must still be a clause, not the document.
        var text = string.Concat(Enumerable.Repeat("we must bridge the digital divide and we reject cyber hegemony, ", 4000));
        var batch = Extract(text, new DocumentMetadata { Speakers = ["Ana Quinterra (President)"] });

        Assert.Equal(8000, batch.Statements.Count);
        Assert.All(batch.Statements, s => Assert.True(s.Quote.Length < 60, s.Quote));
        Assert.Equal(4000, batch.Statements.Count(s => s.Stance == Stance.Oppose && s.ConceptIds.Contains("cyber-hegemony")));
    }

    [Fact]
    public void A_text_without_sentences_gives_a_document_and_nothing_else()
    {
        var batch = Extract("   ");

        Assert.Empty(batch.Mentions);
        Assert.Empty(batch.Statements);
        Assert.Equal("test.txt", batch.Document.Title);
        Assert.Equal(ExtractionFixture.Extractor.Version, batch.Document.ExtractorVersion);
    }
}
