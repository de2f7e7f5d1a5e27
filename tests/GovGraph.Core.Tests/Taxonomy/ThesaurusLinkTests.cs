using System.Text.RegularExpressions;
using GovGraph.Core.Taxonomy;
using Xunit;

namespace GovGraph.Core.Tests.Taxonomy;

/// <summary>
/// Every thesaurus identifier in graph-schema/taxonomy names a concept that exists in the thesaurus file it points
/// into, with a label that plausibly means the same: an exact match's preferred label is one of the concept's own
/// names; a close or broad match shares a word with the concept's names, aliases or definition.
/// </summary>
public sealed partial class ThesaurusLinkTests
{
    private static readonly Lazy<PublicThesauri> Thesauri = new(PublicThesauri.Load);

    [Fact]
    public void At_least_150_concepts_are_linked_to_a_public_thesaurus()
    {
        var linked = RealTaxonomyTests.Taxonomy.Concepts.Where(c => !c.Matches.IsEmpty).ToList();

        Assert.True(linked.Count >= 150, $"only {linked.Count} concepts carry a thesaurus link");
        Assert.True(linked.Count(c => c.Matches.ExactMatch.Count + c.Matches.CloseMatch.Count > 0) >= 100, "fewer than 100 concepts with an exact or close match");
    }

    [Fact]
    public void Every_identifier_exists_in_its_thesaurus_with_a_plausible_label()
    {
        var thesauri = Thesauri.Value;
        Assert.True(thesauri.Count > 10_000, $"only {thesauri.Count} thesaurus concepts read");
        var problems = new List<string>();
        foreach (var concept in RealTaxonomyTests.Taxonomy.Concepts)
        {
            var names = new[] { concept.Name, concept.NameZh }.Concat(concept.Aliases).Concat(concept.AliasesZh).Select(Normal).ToHashSet(StringComparer.Ordinal);
            var words = names.Append(Normal(concept.Definition)).SelectMany(Words).ToHashSet(StringComparer.Ordinal);
            foreach (var (kind, uris) in new[] { ("exact_match", concept.Matches.ExactMatch), ("close_match", concept.Matches.CloseMatch), ("broad_match", concept.Matches.BroadMatch) })
            {
                foreach (var uri in uris)
                {
                    if (thesauri.Find(uri) is not { } entry)
                    {
                        problems.Add($"{concept.Id}: {kind} {uri} is in no thesaurus file");
                        continue;
                    }
                    var plausible = kind == "exact_match"
                        ? entry.PrefLabels.Any(l => names.Contains(Normal(l)))
                        : entry.AllLabels.SelectMany(l => Words(Normal(l))).Any(words.Contains);
                    if (!plausible)
                    {
                        problems.Add($"{concept.Id} ({concept.Name}): {kind} {uri} is labelled '{string.Join(" / ", entry.AllLabels)}'");
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_link_outside_the_known_thesauri_is_a_load_error()
    {
        using var folder = new TempYamlFolder();
        folder.Write("cybersecurity.yaml", """
            concepts:
              - id: cybercrime
                name: cybercrime
                name_zh: 网络犯罪
                category: cybersecurity
                definition: Crime committed through computers and networks.
                close_match: [https://example.org/thesaurus/cybercrime]
            """);

        var error = Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(folder.Path));

        Assert.Contains("close_match 'https://example.org/thesaurus/cybercrime' is not a concept URI", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Lower case, hyphens and slashes as spaces, British and American spellings alike, a plural's s dropped.</summary>
    private static string Normal(string text) =>
        string.Join(' ', NonWord().Split(text.ToLowerInvariant().Replace("isation", "ization", StringComparison.Ordinal).Replace("defense", "defence", StringComparison.Ordinal))
            .Where(w => w.Length > 0).Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w));

    private static IEnumerable<string> Words(string normal) =>
        normal.Split(' ').Where(w => w.Length >= 4 || w.Any(c => c > 0x2E80));

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
