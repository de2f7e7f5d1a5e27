using System.Runtime.InteropServices;

namespace GovGraph.Core.Matching;

/// <summary>
/// Finds every registered phrase in a text in one pass (an Aho-Corasick automaton over case-folded chars)
/// and keeps the leftmost-longest non-overlapping matches.
/// </summary>
/// <remarks>
/// Semantics: matching is case-insensitive (<see cref="CharFolding"/>, applied char by char as the text is
/// read, so no folded copy of the text is made); white space inside a phrase matches exactly one
/// white-space char; a phrase that starts (ends) with a word char of a spaced script, such as a Latin letter
/// or a digit, only matches where the text has no word char just before (after) it, while Chinese phrases
/// match anywhere ("网络主权" inside "尊重网络主权"). Among matches, the one that starts first wins, then the
/// longest one starting there; matching resumes after its end. A phrase registered twice (after folding)
/// keeps its first payload. Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class PhraseMatcher
{
    private readonly PhraseAutomaton automaton;
    private readonly int[] phraseLength;
    private readonly int[] phrasePayload;
    private readonly bool[] phraseNeedsStartBoundary;
    private readonly bool[] phraseNeedsEndBoundary;

    /// <summary>Builds the automaton. Keys are phrases in any case; values are returned as <see cref="PhraseMatch.Payload"/>.</summary>
    /// <exception cref="ArgumentException">A phrase is empty or white space only.</exception>
    public PhraseMatcher(IEnumerable<KeyValuePair<string, int>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var folded = new List<string>();
        var payloads = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, payload) in phrases)
        {
            var form = CharFolding.FoldPhrase(phrase ?? string.Empty);
            if (form.Length == 0)
            {
                throw new ArgumentException($"Phrase '{phrase}' (payload {payload}) is empty.", nameof(phrases));
            }
            if (seen.Add(form))
            {
                folded.Add(form);
                payloads.Add(payload);
            }
        }
        automaton = PhraseAutomatonBuilder.Build(folded);
        phraseLength = folded.Select(f => f.Length).ToArray();
        phrasePayload = [.. payloads];
        phraseNeedsStartBoundary = folded.Select(f => CharFolding.IsWordChar(f[0])).ToArray();
        phraseNeedsEndBoundary = folded.Select(f => CharFolding.IsWordChar(f[^1])).ToArray();
    }

    /// <summary>How many distinct phrases (after folding) the matcher holds.</summary>
    public int PhraseCount => phraseLength.Length;

    /// <summary>The leftmost-longest non-overlapping matches in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<PhraseMatch> FindAll(string text)
    {
        var results = new List<PhraseMatch>();
        FindAll(text.AsSpan(), results);
        return results;
    }

    /// <summary>Clears <paramref name="results"/> and fills it with the matches in <paramref name="text"/>, in text order.</summary>
    public void FindAll(string text, List<PhraseMatch> results) => FindAll(text.AsSpan(), results);

    /// <summary>As <see cref="FindAll(string, List{PhraseMatch})"/>, over a span; offsets are relative to the span.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<PhraseMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        results.Clear();
        CollectCandidates(text, results);
        KeepLeftmostLongest(results);
    }

    // Every match that satisfies its word boundaries, in order of end offset.
    private void CollectCandidates(ReadOnlySpan<char> text, List<PhraseMatch> candidates)
    {
        var a = automaton;
        var symbols = a.SymbolOfChar;
        var firstOutput = a.FirstOutput;
        var state = PhraseAutomaton.Root;
        for (var i = 0; i < text.Length; i++)
        {
            int symbol = symbols[text[i]];
            if (symbol == 0)
            {
                state = PhraseAutomaton.Root;
                continue;
            }
            state = a.Next(state, symbol);
            for (var o = firstOutput[state]; o >= 0; o = a.OutputLink[o])
            {
                var phrase = a.PhraseAtState[o];
                var end = i + 1;
                var start = end - phraseLength[phrase];
                if (phraseNeedsStartBoundary[phrase] && start > 0 && CharFolding.IsWordChar(text[start - 1]))
                {
                    continue;
                }
                if (phraseNeedsEndBoundary[phrase] && end < text.Length && CharFolding.IsWordChar(text[end]))
                {
                    continue;
                }
                candidates.Add(new PhraseMatch(start, end, phrasePayload[phrase]));
            }
        }
    }

    private static void KeepLeftmostLongest(List<PhraseMatch> matches)
    {
        var span = CollectionsMarshal.AsSpan(matches);
        // Two distinct phrases never share both start and end, so this order is total.
        span.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = 0;
        var coveredUntil = 0;
        foreach (var match in span)
        {
            if (match.Start >= coveredUntil)
            {
                span[kept++] = match;
                coveredUntil = match.End;
            }
        }
        matches.RemoveRange(kept, matches.Count - kept);
    }
}
