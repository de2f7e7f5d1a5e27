using System.Text.Json;
using System.Text.RegularExpressions;
using GovGraph.Tests.Shared;

namespace GovGraph.Core.Tests.Taxonomy;

/// <summary>
/// The three public thesauri in ../shared/corpus/taxonomies, read just far enough to check a link: every
/// concept URI with its preferred labels (English; Chinese for UNBIS) and English alternative labels.
/// </summary>
internal sealed partial class PublicThesauri
{
    public sealed record Entry(string Uri, string Thesaurus, IReadOnlyList<string> PrefLabels, IReadOnlyList<string> AltLabels)
    {
        public IEnumerable<string> AllLabels => PrefLabels.Concat(AltLabels);
    }

    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private PublicThesauri()
    {
    }

    public int Count => entries.Count;

    public Entry? Find(string uri) => entries.GetValueOrDefault(uri);

    public static PublicThesauri Load()
    {
        var thesauri = new PublicThesauri();
        thesauri.LoadUnbis(TestCorpus.Require("taxonomies/unbis-thesaurus-json/all_topics2.json"));
        thesauri.LoadEuroVoc(TestCorpus.Require("taxonomies/eurovoc-yamlskos/eurovoc.yaml"));
        thesauri.LoadUnesco(TestCorpus.Require("taxonomies/unesco-thesaurus/unesco-thesaurus.ttl"));
        return thesauri;
    }

    private void Add(Entry entry) => entries[entry.Uri] = entry;

    private void LoadUnbis(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var topic in json.RootElement.GetProperty("topics").EnumerateArray())
        {
            var labels = topic.GetProperty("labels");
            var pref = new[] { "en", "zh" }.Where(l => labels.TryGetProperty(l, out _)).Select(l => labels.GetProperty(l).GetString()!).ToList();
            Add(new Entry(topic.GetProperty("url").GetString()!, "UNBIS", pref, []));
        }
    }

    /// <summary>YAML-SKOS, read line by line under "concepts:": a 2-space key per concept, prefLabel and altLabel below it.</summary>
    private void LoadEuroVoc(string path)
    {
        string? id = null;
        string? section = null;
        var inConcepts = false;
        List<string> pref = [], alt = [];
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith(' '))
            {
                Flush();
                inConcepts = line == "concepts:";
                continue;
            }
            if (!inConcepts)
            {
                continue;
            }
            if (EuroVocConcept().Match(line) is { Success: true } concept)
            {
                Flush();
                id = concept.Groups[1].Value;
                continue;
            }
            if (line.StartsWith("    ", StringComparison.Ordinal) && !line.StartsWith("     ", StringComparison.Ordinal))
            {
                section = line.Trim().TrimEnd(':');
                continue;
            }
            if (section == "prefLabel" && line.StartsWith("      en: ", StringComparison.Ordinal))
            {
                pref.Add(Unquote(line["      en: ".Length..]));
            }
            else if (section == "altLabel" && line.StartsWith("      en: ", StringComparison.Ordinal))
            {
                alt.Add(Unquote(line["      en: ".Length..]));
            }
            else if (section == "altLabel" && line.StartsWith("        - ", StringComparison.Ordinal))
            {
                alt.Add(Unquote(line["        - ".Length..]));
            }
        }
        Flush();

        void Flush()
        {
            if (id is not null)
            {
                Add(new Entry("http://eurovoc.europa.eu/" + id, "EuroVoc", pref, alt));
            }
            id = null;
            section = null;
            pref = [];
            alt = [];
        }
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        return value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1].Replace("''", "'", StringComparison.Ordinal) : value;
    }

    private void LoadUnesco(string path)
    {
        var text = File.ReadAllText(path);
        foreach (Match concept in UnescoConcept().Matches(text))
        {
            var body = concept.Groups[2].Value;
            var pref = UnescoPref().Matches(body).SelectMany(m => EnglishLiteral().Matches(m.Groups[1].Value)).Select(m => m.Groups[1].Value).ToList();
            var alt = UnescoAlt().Matches(body).SelectMany(m => EnglishLiteral().Matches(m.Groups[1].Value)).Select(m => m.Groups[1].Value).ToList();
            Add(new Entry("http://vocabularies.unesco.org/thesaurus/" + concept.Groups[1].Value, "UNESCO", pref, alt));
        }
    }

    [GeneratedRegex(@"^  ([0-9A-Za-z_]+):$")]
    private static partial Regex EuroVocConcept();

    [GeneratedRegex(@"^:(concept\d+) a skos:Concept ;(.*?)\s\.\s*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex UnescoConcept();

    [GeneratedRegex(@"skos:prefLabel (.*?) ;", RegexOptions.Singleline)]
    private static partial Regex UnescoPref();

    [GeneratedRegex(@"skos:altLabel (.*?) ;", RegexOptions.Singleline)]
    private static partial Regex UnescoAlt();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""@en\b")]
    private static partial Regex EnglishLiteral();
}
