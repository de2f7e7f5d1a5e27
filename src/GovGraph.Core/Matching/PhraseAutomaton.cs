using System.Runtime.CompilerServices;

namespace GovGraph.Core.Matching;

/// <summary>
/// The Aho-Corasick automaton of <see cref="PhraseMatcher"/> in flat arrays (built by <see cref="PhraseAutomatonBuilder"/>).
/// </summary>
/// <remarks>
/// Shallow states, where a scan spends nearly all its time, carry a dense row of complete transitions for
/// every ASCII symbol, so English text costs one table read per char. Deeper states and non-ASCII symbols
/// (Chinese) use sorted edge lists and failure links. Symbols 1..DenseWidth-1 are the ASCII chars that
/// occur in phrases; symbol 0 is any char that occurs in none and always leads back to the root.
/// </remarks>
internal sealed class PhraseAutomaton
{
    public const int Root = 0;

    public required ushort[] SymbolOfChar { get; init; }   // raw char -> symbol of its folded form
    public required int DenseWidth { get; init; }          // ASCII symbols + 1
    public required int DenseStates { get; init; }         // states 0..DenseStates-1 (the shallow ones) own a dense row
    public required int[] Dense { get; init; }             // complete transitions on ASCII symbols, row = state * DenseWidth
    public required int[] RootNext { get; init; }          // every symbol's transition out of the root
    public required int[] EdgeStart { get; init; }         // state s's edges are [EdgeStart[s], EdgeStart[s + 1])
    public required ushort[] EdgeSymbol { get; init; }     // sorted within each state
    public required int[] EdgeTarget { get; init; }
    public required int[] Failure { get; init; }
    public required int[] FirstOutput { get; init; }       // the state itself if a phrase ends there, else OutputLink
    public required int[] OutputLink { get; init; }        // nearest proper suffix state where a phrase ends, or -1
    public required int[] PhraseAtState { get; init; }     // the phrase that ends exactly at a state, or -1

    /// <summary>The state after reading <paramref name="symbol"/> (not 0) in <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int state, int symbol)
    {
        return symbol < DenseWidth && state < DenseStates ? Dense[(state * DenseWidth) + symbol] : NextSlow(state, symbol);
    }

    private int NextSlow(int state, int symbol)
    {
        while (true)
        {
            if (state == Root)
            {
                return RootNext[symbol];
            }
            var target = FindEdge(state, symbol);
            if (target >= 0)
            {
                return target;
            }
            state = Failure[state];
            if (symbol < DenseWidth && state < DenseStates)
            {
                return Dense[(state * DenseWidth) + symbol];
            }
        }
    }

    public int FindEdge(int state, int symbol)
    {
        int lo = EdgeStart[state], hi = EdgeStart[state + 1];
        // Most states past the first chars have one or two edges: scan them; binary-search the wide ones.
        if (hi - lo <= 8)
        {
            for (var e = lo; e < hi; e++)
            {
                if (EdgeSymbol[e] == symbol)
                {
                    return EdgeTarget[e];
                }
            }
            return -1;
        }
        hi--;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = EdgeSymbol[mid];
            if (s == symbol)
            {
                return EdgeTarget[mid];
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
}
