using GovGraph.Core.Matching;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>
/// The taxonomy forms that start with a stance word of the lexicon (践行多边主义, 弥合数字鸿沟, "combat
/// terrorism"): the matcher takes the whole name, so the word inside is no cue, yet the name is an action.
/// The rest of the form must itself name a concept (弥合 + 数字鸿沟, combat + terrorism), so a word that only
/// starts like a verb is none: 保护主义 is protectionism, not 保护 + 主义; "opposing blocs" are rival blocs.
/// </summary>
internal static class VerbLedForms
{
    public static HashSet<string> Index(TaxonomySet taxonomy, Lexicon words)
    {
        var verbs = words.StanceCues.Where(c => c.Polarity != 0).Select(c => CharFolding.FoldPhrase(c.Phrase)).Distinct(StringComparer.Ordinal).ToArray();
        var forms = taxonomy.Concepts.SelectMany(c => c.SurfaceForms()).Select(CharFolding.FoldPhrase).ToHashSet(StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in taxonomy.Concepts)
        {
            foreach (var form in concept.SurfaceForms())
            {
                var folded = CharFolding.FoldPhrase(form);
                if (verbs.Any(v => StartsWithWord(folded, v) && forms.Contains(Rest(folded, v, words.Determiners))))
                {
                    result.Add(folded);
                }
            }
        }
        return result;
    }

    /// <summary>What follows the verb, without a leading determiner: "bridge the digital divide" → "digital divide".</summary>
    private static string Rest(string form, string verb, IReadOnlyList<string> determiners)
    {
        var rest = form[verb.Length..].TrimStart();
        foreach (var determiner in determiners)
        {
            if (rest.StartsWith(determiner + " ", StringComparison.OrdinalIgnoreCase))
            {
                return rest[(determiner.Length + 1)..];
            }
        }
        return rest;
    }

    private static bool StartsWithWord(string form, string verb)
    {
        if (form.Length <= verb.Length || !form.StartsWith(verb, StringComparison.Ordinal))
        {
            return false;
        }
        // Chinese words run on without a space; a Latin verb must end at a word boundary ("combat terrorism", not "combative").
        return SubjectResolver.IsCjk(verb[^1]) || form[verb.Length] == ' ';
    }
}
