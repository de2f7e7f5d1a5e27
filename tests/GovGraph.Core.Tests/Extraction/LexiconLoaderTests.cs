using GovGraph.Core.Extraction;
using GovGraph.Core.Taxonomy;
using GovGraph.Core.Tests.Taxonomy;
using Xunit;

namespace GovGraph.Core.Tests.Extraction;

public sealed class LexiconLoaderTests
{
    private static string Write(TempYamlFolder folder, string language, string file, string yaml)
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, language));
        return folder.Write(Path.Combine(language, file), yaml);
    }

    [Fact]
    public void Sections_of_every_language_folder_are_joined_english_first()
    {
        using var folder = new TempYamlFolder();
        Write(folder, "zh", "statements.yaml", """
            speech_verbs:
              - {phrase: 强调, stance: support}
            numerals:
              - {word: 二, value: 2}
              - {word: 十, value: 10}
            """);
        Write(folder, "en", "statements.yaml", """
            speech_verbs:
              - {phrase: urged, stance: support}
              - {phrase: stressed, stance: support, passive: true}
              - {phrase: condemned, stance: oppose}
            negations: [never, "no"]
            continuations: ["This means "]
            nationalities:
              - {word: Kenyan, country: KEN}
              - {word: UN}
            """);

        var lexicon = LexiconLoader.Load(folder.Path);

        Assert.Equal(["urged", "stressed", "condemned", "强调"], lexicon.SpeechVerbs.Select(v => v.Phrase));
        Assert.Equal([1, 1, -1, 1], lexicon.SpeechVerbs.Select(v => v.Polarity));
        Assert.True(lexicon.SpeechVerbs[1].Passive);
        Assert.Equal(["never", "no"], lexicon.Negations);
        Assert.Equal("This means ", Assert.Single(lexicon.Continuations));
        Assert.Equal("KEN", lexicon.Nationalities["Kenyan"]);
        Assert.Null(lexicon.Nationalities["UN"]);
        Assert.Equal(10, lexicon.Numerals['十']);
        Assert.StartsWith("lexicon-", lexicon.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_byte_changes_the_version()
    {
        using var folder = new TempYamlFolder();
        var file = Write(folder, "en", "a.yaml", "negations: [never]\n");
        var before = LexiconLoader.Load(folder.Path).Version;
        File.WriteAllText(file, "negations: [never, not]\n");

        Assert.NotEqual(before, LexiconLoader.Load(folder.Path).Version);
    }

    [Fact]
    public void A_bad_stance_names_the_file_and_line()
    {
        using var folder = new TempYamlFolder();
        var file = Write(folder, "en", "statements.yaml", """
            stance_cues:
              - {phrase: uphold, stance: support}
              - {phrase: resist, stance: against}
            """);

        var error = Assert.Throws<TaxonomyException>(() => LexiconLoader.Load(folder.Path));

        Assert.Equal(file, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("stance 'against'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_section_a_duplicate_and_a_missing_field_are_all_reported()
    {
        using var folder = new TempYamlFolder();
        Write(folder, "en", "words.yaml", """
            speach_verbs:
              - {phrase: said, stance: neutral}
            titles: [Governor, Governor]
            modes:
              - {phrase: by video}
            """);

        var error = Assert.Throws<TaxonomyException>(() => LexiconLoader.Load(folder.Path));

        Assert.Equal(1, error.Line);
        Assert.Contains("unknown section 'speach_verbs'", error.Message, StringComparison.Ordinal);
        Assert.Contains(":3: 'Governor' is already in 'titles'", error.Message, StringComparison.Ordinal);
        Assert.Contains(":5: required field 'mode'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_lexicon_loads_and_holds_both_languages()
    {
        var lexicon = ExtractionFixture.Lexicon;

        Assert.Contains(lexicon.SpeechVerbs, v => v.Phrase == "called for");
        Assert.Contains(lexicon.SpeechVerbs, v => v.Phrase == "强调");
        Assert.Equal(12, lexicon.Months.Count);
        Assert.Equal(2, lexicon.Ordinals["second"]);
    }
}
