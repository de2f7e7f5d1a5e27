using GovGraph.Core.Matching;
using GovGraph.Core.Taxonomy;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Taxonomy;

/// <summary>The gazetteer shipped in graph-schema/entities: it loads and holds the facts the reference document and the corpus need.</summary>
public class RealGazetteerTests
{
    internal static Gazetteer Gazetteer { get; } = GazetteerLoader.Load(Path.Combine(GraphSchemaLocator.Find(), "entities"));

    [Fact]
    public void Xi_jinping_is_known_in_both_languages_with_titles_and_country()
    {
        var xi = Gazetteer.FindPerson("xi-jinping");
        Assert.NotNull(xi);
        Assert.Equal(("Xi Jinping", "习近平", "CHN"), (xi.Name, xi.NameZh, xi.Country));
        Assert.Contains("President of the People's Republic of China", xi.Titles);
    }

    [Theory]
    [InlineData("li-qiang", "李强")]
    [InlineData("li-keqiang", "李克强")]
    [InlineData("wang-yi", "王毅")]
    [InlineData("antonio-guterres", "Antonio Guterres")]
    [InlineData("ban-ki-moon", "Ban Ki-moon")]
    [InlineData("narendra-modi", "Narendra Modi")]
    [InlineData("ursula-von-der-leyen", "Ursula von der Leyen")]
    [InlineData("george-w-bush", "George W. Bush")]
    public void Leaders_analysts_track_are_known_by_their_names(string id, string form)
    {
        Assert.Contains(form, Gazetteer.FindPerson(id)?.SurfaceForms() ?? []);
    }

    [Fact]
    public void The_2023_wuzhen_summit_is_the_tenth_world_internet_conference_and_the_second_was_in_2015()
    {
        var wic = Gazetteer.FindSeries("world-internet-conference")!;
        Assert.Equal(Enumerable.Range(2014, 11), wic.Editions.Select(e => e.Year));
        Assert.Equal(Enumerable.Range(1, 11), wic.Editions.Select(e => e.Ordinal));
        var summit2023 = Gazetteer.FindEdition("world-internet-conference-2023")!;
        Assert.Equal((10, "2023-11-08", "wuzhen"), (summit2023.Ordinal, summit2023.Date, summit2023.Place));
        Assert.Contains("2023 World Internet Conference (WIC) Wuzhen Summit", summit2023.Aliases);
        Assert.Equal(("2015-12-16", "wuzhen"), (wic.Editions.Single(e => e.Ordinal == 2).Date, wic.Editions.Single(e => e.Ordinal == 2).Place));
        Assert.Contains("世界互联网大会", wic.SurfaceForms());
    }

    [Fact]
    public void General_debate_sessions_68_to_79_fall_in_year_session_plus_1945_in_new_york()
    {
        var debate = Gazetteer.FindSeries("un-general-debate")!;
        foreach (var session in Enumerable.Range(68, 12))
        {
            var edition = debate.Editions.Single(e => e.Ordinal == session);
            Assert.Equal((session + 1945, "new-york"), (edition.Year, edition.Place));
        }
    }

    [Fact]
    public void Every_speaker_in_the_corpus_manifests_is_a_known_person()
    {
        var names = Gazetteer.People.SelectMany(p => p.SurfaceForms()).Select(CharFolding.FoldPhrase).ToHashSet();
        foreach (var manifest in new[] { "ungdc/sources.csv", "us-presidential-speeches/sources.csv" })
        {
            var lines = File.ReadAllLines(TestCorpus.Require(manifest));
            var speakerColumn = Array.IndexOf(lines[0].Split(','), "speaker(s)");
            foreach (var speaker in lines.Skip(1).Select(line => SpeakerName(line, speakerColumn)).Where(s => s.Length > 0))
            {
                Assert.True(names.Contains(CharFolding.FoldPhrase(speaker)), $"{manifest}: {speaker} is not in people.yaml");
            }
        }
    }

    [Fact]
    public void No_entity_name_is_also_a_concept_alias()
    {
        // A combined matcher over concepts and entities would otherwise give one phrase to two nodes.
        var conceptForms = RealTaxonomyTests.Taxonomy.Concepts.SelectMany(c => c.SurfaceForms()).Select(CharFolding.FoldPhrase).ToHashSet();
        var entityForms = Gazetteer.People.SelectMany(p => p.SurfaceForms())
            .Concat(Gazetteer.Places.SelectMany(p => p.SurfaceForms()))
            .Concat(Gazetteer.Organizations.SelectMany(o => o.SurfaceForms()))
            .Concat(Gazetteer.EventSeries.SelectMany(s => s.SurfaceForms().Concat(s.Editions.SelectMany(e => e.Aliases))));
        Assert.DoesNotContain(entityForms, form => conceptForms.Contains(CharFolding.FoldPhrase(form)));
    }

    // The manifests quote fields with commas; the speaker column comes before any such field except titles,
    // so a small quote-aware split is enough here.
    private static string SpeakerName(string line, int column)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        var speaker = fields[column].Split(';')[0].Trim();
        var paren = speaker.IndexOf('(', StringComparison.Ordinal);
        speaker = (paren >= 0 ? speaker[..paren] : speaker).Trim();
        foreach (var honorific in new[] { "Mr.", "Mrs.", "Ms." })
        {
            if (speaker.StartsWith(honorific, StringComparison.Ordinal))
            {
                speaker = speaker[honorific.Length..].Trim();
            }
        }
        return speaker;
    }
}
