using GovGraph.Core.Matching;

namespace GovGraph.Core.Taxonomy;

/// <summary>A broader concept named inside a longer form, at [Offset, Offset + Length) of that form.</summary>
public readonly record struct NestedMention(int Offset, int Length, string ConceptId);

/// <summary>
/// Which broader concepts each surface form names inside itself. The matcher keeps the longest name, so
/// "Global AI Governance Initiative" hides "AI governance" and "AI"; an analyst counts those too, because the
/// initiative is a kind of AI governance. Only concepts on the form's own broader chain count: 人工智能全球治理
/// (ai-governance) holds 全球治理, but global governance is not broader than AI governance, so the compound is
/// not a mention of it. Only the broader concept's name and Chinese name count inside, not its aliases. Latin forms are found inside on word boundaries, Chinese ones anywhere.
/// </summary>
internal static class NestedMentions
{
    public static string Key(string conceptId, string surfaceForm) => conceptId + "\u0001" + CharFolding.FoldPhrase(surfaceForm);

    public static Dictionary<string, NestedMention[]> Build(IReadOnlyList<TaxonomyConcept> concepts, Dictionary<string, TaxonomyConcept> byId)
    {
        var result = new Dictionary<string, NestedMention[]>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            var ancestors = Ancestors(concept, byId);
            if (ancestors.Count == 0)
            {
                continue;
            }
            foreach (var form in concept.SurfaceForms())
            {
                var folded = CharFolding.FoldPhrase(form);
                var found = new List<NestedMention>();
                foreach (var ancestor in ancestors)
                {
                    // Only the ancestor's own names: an alias such as "community with a shared future" is too loose to
                    // stand for its concept inside another concept's name.
                    foreach (var inner in new[] { ancestor.Name, ancestor.NameZh })
                    {
                        var innerFolded = CharFolding.FoldPhrase(inner);
                        if (innerFolded.Length == 0 || innerFolded.Length >= folded.Length)
                        {
                            continue;
                        }
                        for (var at = folded.IndexOf(innerFolded, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(innerFolded, at + 1, StringComparison.Ordinal))
                        {
                            if (OnBoundaries(folded, at, innerFolded.Length) && !found.Any(f => f.ConceptId == ancestor.Id && Overlaps(f, at, innerFolded.Length)))
                            {
                                found.Add(new NestedMention(at, innerFolded.Length, ancestor.Id));
                            }
                        }
                    }
                }
                // The longest inner form of each ancestor is its mention; shorter ones inside it add nothing.
                var kept = found.Where(f => !found.Any(g => g.ConceptId == f.ConceptId && g.Length > f.Length && g.Offset <= f.Offset && g.Offset + g.Length >= f.Offset + f.Length)).ToArray();
                if (kept.Length > 0)
                {
                    result.TryAdd(Key(concept.Id, form), kept);
                }
            }
        }
        return result;
    }

    private static bool Overlaps(NestedMention m, int offset, int length) => m.Offset < offset + length && offset < m.Offset + m.Length;

    private static bool OnBoundaries(string text, int start, int length)
    {
        var end = start + length;
        var startOk = !CharFolding.IsWordChar(text[start]) || start == 0 || !CharFolding.IsWordChar(text[start - 1]);
        var endOk = !CharFolding.IsWordChar(text[end - 1]) || end == text.Length || !CharFolding.IsWordChar(text[end]);
        return startOk && endOk;
    }

    private static List<TaxonomyConcept> Ancestors(TaxonomyConcept concept, Dictionary<string, TaxonomyConcept> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { concept.Id };
        var result = new List<TaxonomyConcept>();
        var queue = new Queue<string>(concept.Broader);
        while (queue.TryDequeue(out var id))
        {
            if (!seen.Add(id) || !byId.TryGetValue(id, out var broader))
            {
                continue;
            }
            result.Add(broader);
            foreach (var next in broader.Broader)
            {
                queue.Enqueue(next);
            }
        }
        return result;
    }
}
