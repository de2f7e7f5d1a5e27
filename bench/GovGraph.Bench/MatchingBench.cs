using System.Diagnostics;
using System.Text.RegularExpressions;
using GovGraph.Core;
using GovGraph.Core.Matching;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Bench;

/// <summary>
/// Concept matching on one core: the PhraseMatcher over every alias of every concept, against the
/// naive alternative, one compiled Regex alternation of the same aliases. Same texts, same aliases.
/// </summary>
internal static class MatchingBench
{
    // The regex is so much slower that a slice of the corpus gives a steady rate in reasonable time.
    private const int RegexMegabytes = 2;

    public static Task<int> RunAsync(BenchArguments args)
    {
        var taxonomy = TaxonomyLoader.Load(Path.Combine(GraphSchemaLocator.Find(), "taxonomy"));
        var phrases = taxonomy.Concepts
            .SelectMany((concept, index) => concept.SurfaceForms().Select(form => KeyValuePair.Create(form, index)))
            .ToList();
        var matcher = new PhraseMatcher(phrases);
        var texts = CorpusTexts.Load(args.Corpus).Select(d => d.Text).ToList();
        var repeated = CorpusTexts.Repeat(texts, args.Megabytes);
        var bytes = CorpusTexts.Utf8Bytes(repeated);

        var matches = new List<PhraseMatch>();
        long found = 0;
        matcher.FindAll(texts[0], matches); // warm up the JIT before timing
        var clock = Stopwatch.StartNew();
        foreach (var text in repeated)
        {
            matches.Clear();
            matcher.FindAll(text, matches);
            found += matches.Count;
        }
        var matcherSeconds = clock.Elapsed.TotalSeconds;

        var regex = BuildRegex(phrases.Select(p => p.Key));
        var slice = CorpusTexts.Prefix(texts, RegexMegabytes);
        var sliceBytes = CorpusTexts.Utf8Bytes(slice);
        long regexFound = 0;
        clock.Restart();
        foreach (var text in slice)
        {
            regexFound += regex.Count(text);
        }
        var regexSeconds = clock.Elapsed.TotalSeconds;

        var matcherRate = bytes / 1e6 / matcherSeconds;
        var regexRate = sliceBytes / 1e6 / regexSeconds;
        Table.Print(
            ["measure", "value"],
            [
                ["phrases (aliases of all concepts, en+zh)", phrases.Count.ToString()],
                ["text matched (MB, UTF-8)", $"{bytes / 1e6:F0}"],
                ["PhraseMatcher, one core (MB/s)", $"{matcherRate:F1}"],
                ["matches found", found.ToString()],
                [$"Regex alternation, compiled, one core (MB/s, over {sliceBytes / 1e6:F0} MB)", $"{regexRate:F2}"],
                ["speed-up over Regex", $"{matcherRate / regexRate:F1}x"],
            ]);
        return Task.FromResult(0);
    }

    private static Regex BuildRegex(IEnumerable<string> aliases)
    {
        // Longest first so the alternation prefers the longest alias, as the matcher does.
        var alternation = string.Join("|", aliases.Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(a => a.Length).Select(Regex.Escape));
        return new Regex($@"\b(?:{alternation})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
