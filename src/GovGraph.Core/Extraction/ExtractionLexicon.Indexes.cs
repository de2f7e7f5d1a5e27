using GovGraph.Core.Taxonomy;

namespace GovGraph.Core.Extraction;

/// <summary>The lookups built once beside the automaton: names to gazetteer entries, family names, problems to their action concepts.</summary>
internal sealed partial class ExtractionLexicon
{
    private static bool IsAcronym(string surface)
    {
        if (surface.Length is < 2 or > 8)
        {
            return false;
        }
        var letters = 0;
        foreach (var c in surface)
        {
            if (c is >= 'A' and <= 'Z')
            {
                letters++;
            }
            else if (c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }
        return letters > 0;
    }

    private static Dictionary<string, T> IndexByName<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> forms)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var form in forms(item))
            {
                index.TryAdd(Fold(form), item);
            }
        }
        return index;
    }

    private static Dictionary<string, IReadOnlyList<KnownPerson>> IndexShortNames(IEnumerable<KnownPerson> people, IReadOnlySet<string> familyNameFirst)
    {
        var index = new Dictionary<string, List<KnownPerson>>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (var token in PersonNames.ShortNameTokens(person.Name, person.Country, familyNameFirst))
            {
                if (!index.TryGetValue(token, out var list))
                {
                    index[token] = list = [];
                }
                if (!list.Contains(person))
                {
                    list.Add(person);
                }
            }
        }
        return index.ToDictionary(p => p.Key, p => (IReadOnlyList<KnownPerson>)p.Value, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> IndexActionConcepts(TaxonomySet taxonomy, IReadOnlyList<string> actionPrefixes)
    {
        var candidates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var concept in taxonomy.Concepts)
        {
            if (!actionPrefixes.Any(p => concept.Id.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }
            foreach (var broader in concept.Broader)
            {
                if (!candidates.TryGetValue(broader, out var list))
                {
                    candidates[broader] = list = [];
                }
                list.Add(concept.Id);
            }
        }
        // Only an unambiguous action concept is used; two would make the choice arbitrary.
        var actions = candidates.Where(p => p.Value.Count == 1).ToDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal);
        // A narrower problem without an action of its own takes the action of the problems it falls under:
        // disrupting ransomware or fighting online fraud is combating cybercrime.
        foreach (var concept in taxonomy.Concepts)
        {
            if (concept.Problem && !actions.ContainsKey(concept.Id) && InheritedAction(taxonomy, concept, actions) is { } inherited)
            {
                actions[concept.Id] = inherited;
            }
        }
        return actions;
    }

    /// <summary>The one action concept of the nearest broader problems that have one, or null (none, or two at the same distance).</summary>
    private static string? InheritedAction(TaxonomySet taxonomy, TaxonomyConcept problem, Dictionary<string, string> actions)
    {
        var level = problem.Broader.Select(taxonomy.Find).OfType<TaxonomyConcept>().Where(b => b.Problem).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal) { problem.Id };
        while (level.Count > 0)
        {
            var found = level.Where(b => actions.ContainsKey(b.Id)).Select(b => actions[b.Id]).Distinct(StringComparer.Ordinal).ToList();
            if (found.Count > 0)
            {
                return found.Count == 1 ? found[0] : null;
            }
            level = [.. level.Where(b => seen.Add(b.Id)).SelectMany(b => b.Broader).Select(taxonomy.Find).OfType<TaxonomyConcept>().Where(b => b.Problem && !seen.Contains(b.Id))];
        }
        return null;
    }
}
