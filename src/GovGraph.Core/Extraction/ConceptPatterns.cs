using GovGraph.Core.Taxonomy;
using GovGraph.Core.Text;

namespace GovGraph.Core.Extraction;

/// <summary>
/// The taxonomy's gap patterns (<see cref="ConceptPattern"/>), built once: "connecting every school to the
/// internet" mentions digital infrastructure, "hardening our networks against cyberattacks" cybersecurity.
/// A pattern is anchored on its tail, which is rare: the last tail word for a literal tail, a mention of the
/// tail concept (or one filed under it) otherwise; only then are the words before it read, so a document
/// costs one pass per literal tail word. The mention spans head to tail, except that a head which is a
/// stance word ("hardening", "protecting") stays outside it: the statement rules ignore cue words inside a
/// mention, and this one must steer the pattern's concept and any concept in the gap, as before any concept.
/// </summary>
internal sealed class ConceptPatterns
{
    private readonly (ConceptPattern Pattern, HashSet<string>? TailConcepts, bool HeadIsStanceWord, ConceptReading Reading)[] patterns;

    /// <summary>The literal-tail patterns by their last word, so each word is looked for once per sentence.</summary>
    private readonly (string Word, StringComparison Comparison, int[] Patterns)[] byLastWord;

    public ConceptPatterns(TaxonomySet taxonomy, Lexicon words)
    {
        var stanceWords = words.StanceCues.Where(c => c.Polarity != 0).Select(c => c.Phrase.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        patterns = [.. taxonomy.Concepts.SelectMany(c => c.Patterns).Select(p => (p,
            p.TailConceptId is { } tail ? WithNarrower(taxonomy, tail) : null,
            p.Heads.Any(h => stanceWords.Contains(string.Join(' ', h))),
            taxonomy.Find(p.ConceptId)?.Problem == true ? ConceptReading.Problem : ConceptReading.Direct))];
        byLastWord = [.. Enumerable.Range(0, patterns.Length).Where(i => patterns[i].TailConcepts is null)
            .GroupBy(i => patterns[i].Pattern.TailWords[^1], StringComparer.Ordinal).Select(g => (g.Key, CaselessSearch.ComparisonFor(g.Key), g.ToArray()))];
    }

    public bool IsEmpty => patterns.Length == 0;

    /// <summary>Adds the pattern mentions of sentence <paramref name="s"/> to <paramref name="found"/>.</summary>
    public void Find(DocumentScan scan, int s, List<ConceptRef> found)
    {
        if (scan.Skipped[s])
        {
            return;
        }
        var hits = scan.EntitiesIn(s);
        var text = scan.Text;
        var sentence = scan.Sentences[s];
        var first = found.Count;
        foreach (var (pattern, tailConcepts, headIsStanceWord, reading) in patterns)
        {
            if (tailConcepts is null)
            {
                continue;
            }
            foreach (var hit in hits)
            {
                if (hit.Entry.Kind == EntityKind.Concept && tailConcepts.Contains(hit.Entry.Id)
                    && WordsBefore(text, sentence.Start, hit.Start, pattern.TailWords) is var tailStart and >= 0
                    && HeadBefore(text, sentence.Start, tailStart, pattern.Heads) is var (headStart, headEnd) and (>= 0, _))
                {
                    Add(found, first, new ConceptRef(headIsStanceWord ? GapStart(text, headEnd) : headStart, hit.End, pattern.ConceptId, s, reading));
                }
            }
        }
        var span = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var (last, comparison, indexes) in byLastWord)
        {
            for (var at = span.IndexOf(last, comparison); at >= 0; at = NextIndex(span, last, comparison, at))
            {
                var end = sentence.Start + at + last.Length;
                if (!IsWordEdge(text, sentence.Start + at - 1) || !IsWordEdge(text, end))
                {
                    continue;
                }
                foreach (var index in indexes)
                {
                    var (pattern, _, headIsStanceWord, reading) = patterns[index];
                    if (WordsBefore(text, sentence.Start, end, pattern.TailWords) is var tailStart and >= 0
                        && HeadBefore(text, sentence.Start, tailStart, pattern.Heads) is var (headStart, headEnd) and (>= 0, _))
                    {
                        Add(found, first, new ConceptRef(headIsStanceWord ? GapStart(text, headEnd) : headStart, end, pattern.ConceptId, s, reading));
                    }
                }
            }
        }
    }

    /// <summary>Two patterns of one concept may match the same words ("from hackers" is a cyber threat and a cybercrime): one mention.</summary>
    private static void Add(List<ConceptRef> found, int first, ConceptRef mention)
    {
        for (var i = first; i < found.Count; i++)
        {
            if (found[i] == mention)
            {
                return;
            }
        }
        found.Add(mention);
    }

    private static int NextIndex(ReadOnlySpan<char> span, string word, StringComparison comparison, int at)
    {
        var next = span[(at + 1)..].IndexOf(word, comparison);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>Where <paramref name="words"/> start when they end right at <paramref name="end"/> (white space before it allowed), or -1.</summary>
    private static int WordsBefore(string text, int from, int end, string[] words)
    {
        var position = end;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (PreviousWord(text, from, position) is not var (start, stop) || !text.AsSpan(start, stop - start).Equals(words[i], StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
            position = start;
        }
        return position;
    }

    /// <summary>A head ending 1 to <see cref="ConceptPattern.MaxGapWords"/> words before <paramref name="tailStart"/>, in one clause; (-1, -1) when none does.</summary>
    private static (int Start, int End) HeadBefore(string text, int from, int tailStart, IReadOnlyList<string[]> heads)
    {
        var position = tailStart;
        for (var gap = 1; gap <= ConceptPattern.MaxGapWords; gap++)
        {
            if (PreviousWord(text, from, position) is not var (start, _))
            {
                return (-1, -1);
            }
            position = start;
            foreach (var head in heads)
            {
                if (WordsBefore(text, from, position, head) is var headStart and >= 0)
                {
                    return (headStart, PreviousWord(text, from, position)!.Value.End);
                }
            }
        }
        return (-1, -1);
    }

    /// <summary>The first word after <paramref name="headEnd"/>.</summary>
    private static int GapStart(string text, int headEnd)
    {
        while (headEnd < text.Length && char.IsWhiteSpace(text[headEnd]))
        {
            headEnd++;
        }
        return headEnd;
    }

    /// <summary>The word ending before <paramref name="position"/> across white space only (a comma or a dash ends the clause), or null.</summary>
    private static (int Start, int End)? PreviousWord(string text, int from, int position)
    {
        var end = position;
        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > from && IsWordChar(text[start - 1]))
        {
            start--;
        }
        return start < end ? (start, end) : null;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019' or '-';

    private static bool IsWordEdge(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    private static HashSet<string> WithNarrower(TaxonomySet taxonomy, string id)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { id };
        var queue = new Queue<string>([id]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var narrower in taxonomy.Narrower(next))
            {
                if (result.Add(narrower.Id))
                {
                    queue.Enqueue(narrower.Id);
                }
            }
        }
        return result;
    }
}
