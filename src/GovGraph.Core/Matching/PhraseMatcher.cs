using System.Runtime.CompilerServices;
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
    private const int Root = 0;

    // Raw text char -> symbol (1..n) of its folded form, or 0 when no phrase contains that folded char,
    // so folding and alphabet lookup cost one array read per char.
    private readonly ushort[] symbolOfChar;
    private readonly int[] rootNext;          // dense transitions out of the root, indexed by symbol
    private readonly int[] edgeStart;         // state s's edges are [edgeStart[s], edgeStart[s + 1])
    private readonly ushort[] edgeSymbol;     // sorted by symbol within each state
    private readonly int[] edgeTarget;
    private readonly int[] failure;
    private readonly int[] firstOutput;       // the state itself if a phrase ends there, else outputLink
    private readonly int[] outputLink;        // nearest proper suffix state where a phrase ends, or -1
    private readonly int[] phraseAtState;     // the phrase that ends exactly at a state, or -1
    private readonly int[] phraseLength;
    private readonly int[] phrasePayload;
    private readonly bool[] phraseNeedsStartBoundary;
    private readonly bool[] phraseNeedsEndBoundary;

    /// <summary>Builds the automaton. Keys are phrases in any case; values are returned as <see cref="PhraseMatch.Payload"/>.</summary>
    /// <exception cref="ArgumentException">A phrase is empty or white space only.</exception>
    public PhraseMatcher(IEnumerable<KeyValuePair<string, int>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var builder = new TrieBuilder();
        var lengths = new List<int>();
        var payloads = new List<int>();
        var startBoundaries = new List<bool>();
        var endBoundaries = new List<bool>();
        foreach (var (phrase, payload) in phrases)
        {
            var folded = CharFolding.FoldPhrase(phrase ?? string.Empty);
            if (folded.Length == 0)
            {
                throw new ArgumentException($"Phrase '{phrase}' (payload {payload}) is empty.", nameof(phrases));
            }
            if (!builder.Add(folded, lengths.Count))
            {
                continue;
            }
            lengths.Add(folded.Length);
            payloads.Add(payload);
            startBoundaries.Add(CharFolding.IsWordChar(folded[0]));
            endBoundaries.Add(CharFolding.IsWordChar(folded[^1]));
        }

        PhraseCount = lengths.Count;
        phraseLength = [.. lengths];
        phrasePayload = [.. payloads];
        phraseNeedsStartBoundary = [.. startBoundaries];
        phraseNeedsEndBoundary = [.. endBoundaries];

        symbolOfChar = builder.BuildCharSymbols();
        builder.BuildEdges(out edgeStart, out edgeSymbol, out edgeTarget, out phraseAtState);
        rootNext = new int[builder.SymbolCount + 1];
        for (var e = edgeStart[Root]; e < edgeStart[Root + 1]; e++)
        {
            rootNext[edgeSymbol[e]] = edgeTarget[e];
        }
        BuildFailureLinks(builder.StateCount, out failure, out firstOutput, out outputLink);
    }

    /// <summary>How many distinct phrases (after folding) the matcher holds.</summary>
    public int PhraseCount { get; }

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
        var symbols = symbolOfChar;
        var state = Root;
        for (var i = 0; i < text.Length; i++)
        {
            int symbol = symbols[text[i]];
            if (symbol == 0)
            {
                state = Root;
                continue;
            }
            state = Next(state, symbol);
            for (var o = firstOutput[state]; o >= 0; o = outputLink[o])
            {
                var phrase = phraseAtState[o];
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next(int state, int symbol)
    {
        while (state != Root)
        {
            var target = FindEdge(state, symbol);
            if (target >= 0)
            {
                return target;
            }
            state = failure[state];
        }
        return rootNext[symbol];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindEdge(int state, int symbol)
    {
        int lo = edgeStart[state], hi = edgeStart[state + 1];
        // Most states past the first char have one or two edges: scan them; binary-search the wide ones.
        if (hi - lo <= 8)
        {
            for (var e = lo; e < hi; e++)
            {
                if (edgeSymbol[e] == symbol)
                {
                    return edgeTarget[e];
                }
            }
            return -1;
        }
        hi--;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = edgeSymbol[mid];
            if (s == symbol)
            {
                return edgeTarget[mid];
            }
            if (s < symbol)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private void BuildFailureLinks(int stateCount, out int[] failureLinks, out int[] firstOutputs, out int[] outputLinks)
    {
        failureLinks = new int[stateCount];
        firstOutputs = new int[stateCount];
        outputLinks = new int[stateCount];
        firstOutputs[Root] = -1;
        outputLinks[Root] = -1;
        // Breadth first, so a state's failure target (always shallower) is complete before the state itself.
        var queue = new Queue<int>();
        queue.Enqueue(Root);
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            for (var e = edgeStart[parent]; e < edgeStart[parent + 1]; e++)
            {
                var child = edgeTarget[e];
                var fail = parent == Root ? Root : NextForBuild(failureLinks, failureLinks[parent], edgeSymbol[e]);
                failureLinks[child] = fail;
                outputLinks[child] = firstOutputs[fail];
                firstOutputs[child] = phraseAtState[child] >= 0 ? child : outputLinks[child];
                queue.Enqueue(child);
            }
        }
    }

    private int NextForBuild(int[] failureLinks, int state, int symbol)
    {
        while (state != Root)
        {
            var target = FindEdge(state, symbol);
            if (target >= 0)
            {
                return target;
            }
            state = failureLinks[state];
        }
        return rootNext[symbol];
    }
}
