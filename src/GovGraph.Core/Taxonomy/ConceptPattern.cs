namespace GovGraph.Core.Taxonomy;

/// <summary>
/// A taxonomy pattern (the <c>patterns</c> key): an English phrase with a gap for the object the speech puts in
/// the middle, "connecting ... to the internet" (connecting every school to the internet) or "hardening ...
/// against {cyber-threats}" (hardening our networks against cyberattacks), where <c>{id}</c> stands for a
/// mention of that concept or of one filed under it. The head is a verb phrase: a leading gerund also
/// matches its base, third-person and past forms. The gap holds 1 to <see cref="MaxGapWords"/> words of one
/// clause: no punctuation but apostrophes and hyphens.
/// </summary>
public sealed record ConceptPattern(string ConceptId, string Source, IReadOnlyList<string[]> Heads, string[] TailWords, string? TailConceptId)
{
    public const int MaxGapWords = 6;

    private const string Gap = " ... ";

    /// <summary>Reads <paramref name="pattern"/> of concept <paramref name="conceptId"/>; null with <paramref name="error"/> set when it is malformed.</summary>
    public static ConceptPattern? Parse(string conceptId, string pattern, out string? error)
    {
        error = null;
        var gap = pattern.IndexOf(Gap, StringComparison.Ordinal);
        if (gap <= 0 || pattern.IndexOf(Gap, gap + 1, StringComparison.Ordinal) >= 0)
        {
            error = $"pattern '{pattern}' needs exactly one ' ... ' between a head and a tail";
            return null;
        }
        var head = Words(pattern[..gap]);
        var tail = Words(pattern[(gap + Gap.Length)..]).ToList();
        string? tailConcept = null;
        if (tail.Count > 0 && tail[^1].StartsWith('{') && tail[^1].EndsWith('}'))
        {
            tailConcept = tail[^1][1..^1];
            tail.RemoveAt(tail.Count - 1);
            if (!Slug.IsValid(tailConcept))
            {
                error = $"pattern '{pattern}': '{{{tailConcept}}}' is not a concept id";
                return null;
            }
        }
        if (head.Length == 0 || tail.Count == 0 || head.Concat(tail).Any(w => !w.All(c => char.IsAsciiLetter(c) || c is '-' or '\'')))
        {
            error = $"pattern '{pattern}' needs English words before the gap and after it (a tail concept goes last, after a word such as 'against')";
            return null;
        }
        var heads = new List<string[]> { head };
        foreach (var form in AliasVariants.LeadingGerundForms(string.Join(' ', head)))
        {
            heads.Add(Words(form));
        }
        return new ConceptPattern(conceptId, pattern, heads, [.. tail], tailConcept);
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
