namespace GovGraph.Core.Taxonomy;

/// <summary>
/// The near forms of an English surface form, made by rule so that the taxonomy lists each alias once:
/// <list type="bullet">
/// <item><b>number</b>: the plural of the last word ("cyberattack" → "cyberattacks", "digital economy" →
///   "digital economies"); a last word that already ends in s, or is an acronym, is left alone;</item>
/// <item><b>verb forms</b> of a leading gerund ("combating cybercrime" → "combat", "combats", "combated
///   cybercrime"; "bridging the digital divide" → "bridge", "bridges", "bridged the digital divide");</item>
/// <item><b>spelling</b>: British and American endings (-isation/-ization, -ise/-ize, -our/-or, -tre/-ter);</item>
/// <item><b>joining</b>: a hyphenated word also written open and closed ("non-proliferation" → "non proliferation",
///   "nonproliferation"), a two-word form also hyphenated ("open source" → "open-source");</item>
/// <item><b>AI</b>: "AI" and "artificial intelligence" stand for each other inside a form.</item>
/// </list>
/// Chinese forms have no inflection and get no variants. Variants that would also be another concept's form
/// are dropped by <see cref="TaxonomyMatchForms"/>, so a rule can never take a form away from the concept that lists it.
/// </summary>
public static class AliasVariants
{
    /// <summary>The variants of <paramref name="form"/>, without the form itself; empty for non-Latin forms.</summary>
    public static IReadOnlySet<string> Of(string form)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (!IsEnglish(form))
        {
            return result;
        }
        var bases = new HashSet<string>(StringComparer.Ordinal) { form };
        foreach (var spelled in SpellingVariants(form))
        {
            bases.Add(spelled);
        }
        foreach (var swapped in bases.SelectMany(AiVariants).ToList())
        {
            bases.Add(swapped);
        }
        foreach (var joined in bases.SelectMany(JoiningVariants).ToList())
        {
            bases.Add(joined);
        }
        foreach (var b in bases)
        {
            result.Add(b);
            foreach (var plural in Plural(b))
            {
                result.Add(plural);
            }
            foreach (var verb in VerbForms(b))
            {
                result.Add(verb);
                foreach (var plural in Plural(verb))
                {
                    result.Add(plural);
                }
            }
        }
        result.Remove(form);
        return result;
    }

    private static bool IsEnglish(string form) =>
        form.Length > 0 && form.All(c => c < 0x250 || c is '\u2019' or '\u2010' or '\u2011') && form.Any(char.IsAsciiLetter);

    private static string[] Words(string form) => form.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The plural of the last word, when it is a lower-case word that is not plural already.</summary>
    private static IEnumerable<string> Plural(string form)
    {
        var words = Words(form);
        var last = words[^1];
        if (last.Length < 3 || !last.All(c => char.IsAsciiLetterLower(c) || c == '-') || last[^1] == 's' || last[^1] == '-')
        {
            yield break;
        }
        string plural;
        if (last.EndsWith('y') && !IsVowel(last[^2]))
        {
            plural = last[..^1] + "ies";
        }
        else if (last.EndsWith('x') || last.EndsWith('z') || last.EndsWith("ch", StringComparison.Ordinal) || last.EndsWith("sh", StringComparison.Ordinal))
        {
            plural = last + "es";
        }
        else
        {
            plural = last + "s";
        }
        words[^1] = plural;
        yield return string.Join(' ', words);
    }

    /// <summary>A leading gerund as base, third person and past ("combating" → "combat", "combats", "combated").</summary>
    private static IEnumerable<string> VerbForms(string form) =>
        Words(form).Length < 2 ? [] : LeadingGerundForms(form);

    /// <summary>
    /// The base, third-person and past forms of a phrase's leading gerund, also for a verb alone (the head of a
    /// <see cref="ConceptPattern"/>: "connecting" → "connect", "connects", "connected"); empty without one.
    /// </summary>
    public static IEnumerable<string> LeadingGerundForms(string form)
    {
        var words = Words(form);
        if (words.Length == 0)
        {
            yield break;
        }
        var first = words[0];
        if (first.Length < 6 || !first.EndsWith("ing", StringComparison.Ordinal) || !first.All(char.IsAsciiLetterLower))
        {
            yield break;
        }
        var rest = words.Length > 1 ? " " + string.Join(' ', words.Skip(1)) : "";
        foreach (var stem in Stems(first[..^3]))
        {
            yield return stem + rest;
            yield return ThirdPerson(stem) + rest;
            yield return Past(stem) + rest;
        }
    }

    /// <summary>The base verbs a gerund may come from: "combat" (combating), "bridge" (bridging), "stop" (stopping).</summary>
    private static IEnumerable<string> Stems(string stem)
    {
        if (stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'f' or 'z'))
        {
            yield return stem[..^1];
            yield break;
        }
        yield return stem;
        if (!IsVowel(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y'))
        {
            yield return stem + "e";
        }
    }

    private static string ThirdPerson(string verb) =>
        verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal)
            ? verb + "es"
            : verb.EndsWith('y') && !IsVowel(verb[^2]) ? verb[..^1] + "ies" : verb + "s";

    private static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d" : verb.EndsWith('y') && !IsVowel(verb[^2]) ? verb[..^1] + "ied" : verb + "ed";

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static readonly (string British, string American)[] Endings =
    [
        ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"),
        ("our", "or"), ("ours", "ors"), ("tre", "ter"), ("tres", "ters"),
    ];

    // Words where the ending is not a spelling choice ("otherwise", "hour", "four", "enterprise", "expertise").
    private static readonly HashSet<string> FixedSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        "otherwise", "enterprise", "enterprises", "expertise", "exercise", "franchise", "compromise", "premise", "promise",
        "surprise", "advise", "devise", "revise", "supervise", "televise", "rise", "wise", "noise", "poise", "concise",
        "precise", "paradise", "merchandise", "demise", "disguise", "hour", "four", "our", "your", "pour", "tour", "flour",
        "sour", "detour", "contour", "hours", "tours", "size", "prize", "seize", "citizen", "citizens", "horizon",
    };

    private static IEnumerable<string> SpellingVariants(string form)
    {
        var words = Words(form);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 5 || FixedSpellings.Contains(word))
            {
                continue;
            }
            foreach (var (british, american) in Endings)
            {
                string? other = null;
                if (word.EndsWith(british, StringComparison.Ordinal))
                {
                    other = word[..^british.Length] + american;
                }
                else if (word.EndsWith(american, StringComparison.Ordinal) && american is not ("or" or "ors" or "ter" or "ters"))
                {
                    // American -or and -ter are too common to reverse ("sector", "computer"); only -our/-tre go both ways.
                    other = word[..^american.Length] + british;
                }
                if (other is not null)
                {
                    var copy = (string[])words.Clone();
                    copy[i] = other;
                    yield return string.Join(' ', copy);
                    break;
                }
            }
        }
    }

    private static IEnumerable<string> AiVariants(string form)
    {
        var padded = $" {form} ";
        if (padded.Contains(" AI ", StringComparison.Ordinal))
        {
            yield return padded.Replace(" AI ", " artificial intelligence ", StringComparison.Ordinal).Trim();
        }
        if (padded.Contains(" artificial intelligence ", StringComparison.OrdinalIgnoreCase) && form.Length > "artificial intelligence".Length)
        {
            yield return padded.Replace(" artificial intelligence ", " AI ", StringComparison.OrdinalIgnoreCase).Trim();
        }
    }

    private static IEnumerable<string> JoiningVariants(string form)
    {
        var words = Words(form);
        for (var i = 0; i < words.Length; i++)
        {
            var parts = words[i].Split('-');
            if (parts.Length == 2 && parts[0].Length >= 2 && parts[1].Length >= 3 && parts.All(p => p.All(char.IsAsciiLetterLower)))
            {
                var open = (string[])words.Clone();
                open[i] = $"{parts[0]} {parts[1]}";
                yield return string.Join(' ', open);
                var closed = (string[])words.Clone();
                closed[i] = parts[0] + parts[1];
                yield return string.Join(' ', closed);
            }
        }
        if (words.Length == 2 && words.All(w => w.Length >= 2 && w.All(char.IsAsciiLetterLower)))
        {
            yield return $"{words[0]}-{words[1]}";
        }
    }
}

/// <summary>
/// The forms the matcher looks for, per concept: the listed ones, then the <see cref="AliasVariants"/> of the
/// English ones that no other concept lists or also generates (an ambiguous variant belongs to nobody).
/// </summary>
public static class TaxonomyMatchForms
{
    public static IReadOnlyList<IReadOnlyList<string>> Generate(IReadOnlyList<TaxonomyConcept> concepts, Func<string, bool> tooGeneric)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            foreach (var form in concept.ListedForms())
            {
                listed.Add(Matching.CharFolding.FoldPhrase(form));
            }
        }
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<List<(string Form, string Key)>>();
        for (var i = 0; i < concepts.Count; i++)
        {
            var own = new List<(string, string)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var form in concepts[i].ListedForms())
            {
                foreach (var variant in AliasVariants.Of(form))
                {
                    var key = Matching.CharFolding.FoldPhrase(variant);
                    if (listed.Contains(key) || tooGeneric(key) || !seen.Add(key))
                    {
                        continue;
                    }
                    own.Add((variant, key));
                    owners[key] = owners.TryGetValue(key, out var owner) && owner != i ? -1 : i;
                }
            }
            candidates.Add(own);
        }
        var result = new IReadOnlyList<string>[concepts.Count];
        for (var i = 0; i < concepts.Count; i++)
        {
            result[i] = candidates[i].Where(c => owners[c.Key] == i).Select(c => c.Form).ToArray();
        }
        return result;
    }
}
