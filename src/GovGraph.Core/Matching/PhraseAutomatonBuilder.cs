namespace GovGraph.Core.Matching;

/// <summary>Builds a <see cref="PhraseAutomaton"/> from distinct folded phrases: trie, edge lists, failure links, dense rows.</summary>
internal static class PhraseAutomatonBuilder
{
    // States this close to the root get a dense ASCII row. Scans rarely go deeper than the first few chars
    // of a phrase before failing back, so the rows cover the hot path at a few hundred kilobytes.
    private const int DenseDepth = 4;

    private const int Root = PhraseAutomaton.Root;

    public static PhraseAutomaton Build(IReadOnlyList<string> foldedPhrases)
    {
        var symbolOf = AssignSymbols(foldedPhrases, out var denseWidth);
        var trie = Trie.Build(foldedPhrases, symbolOf);

        // Number states breadth first, so the shallow states that own dense rows are exactly 0..denseStates-1
        // and a row is found by multiplication, with no lookup table between.
        var newId = BreadthFirstNumbering(trie);
        var edges = trie.Edges
            .Select(e => (State: newId[e.State], e.Symbol, Target: newId[e.Target]))
            .OrderBy(e => e.State).ThenBy(e => e.Symbol)
            .ToArray();
        var phraseAtState = new int[trie.StateCount];
        for (var s = 0; s < trie.StateCount; s++)
        {
            phraseAtState[newId[s]] = trie.PhraseAt[s];
        }
        var denseStates = trie.Depth.Count(d => d <= DenseDepth);

        var automaton = new PhraseAutomaton
        {
            SymbolOfChar = CharSymbols(symbolOf),
            DenseWidth = denseWidth,
            DenseStates = denseStates,
            Dense = new int[denseStates * denseWidth],
            RootNext = new int[symbolOf.Count + 1],
            EdgeStart = RowStarts(trie.StateCount, edges.Select(e => e.State)),
            EdgeSymbol = edges.Select(e => e.Symbol).ToArray(),
            EdgeTarget = edges.Select(e => e.Target).ToArray(),
            Failure = new int[trie.StateCount],
            FirstOutput = new int[trie.StateCount],
            OutputLink = new int[trie.StateCount],
            PhraseAtState = phraseAtState,
        };
        for (var e = automaton.EdgeStart[Root]; e < automaton.EdgeStart[Root + 1]; e++)
        {
            automaton.RootNext[automaton.EdgeSymbol[e]] = automaton.EdgeTarget[e];
        }
        LinkBreadthFirst(automaton);
        return automaton;
    }

    // ASCII chars get the low symbols so that they index the dense rows directly.
    private static Dictionary<char, ushort> AssignSymbols(IReadOnlyList<string> phrases, out int denseWidth)
    {
        var chars = phrases.SelectMany(p => p).Distinct().OrderBy(c => c >= 0x80).ThenBy(c => c).ToList();
        if (chars.Count >= ushort.MaxValue)
        {
            throw new ArgumentException("The phrases use more distinct chars than the matcher supports.", nameof(phrases));
        }
        denseWidth = chars.Count(c => c < 0x80) + 1;
        return chars.Select((c, i) => (c, Symbol: (ushort)(i + 1))).ToDictionary(x => x.c, x => x.Symbol);
    }

    private static ushort[] CharSymbols(Dictionary<char, ushort> symbolOfFolded)
    {
        var table = new ushort[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = symbolOfFolded.GetValueOrDefault(CharFolding.Fold((char)i));
        }
        return table;
    }

    /// <summary>Compressed-row offsets: the edges of state s are [starts[s], starts[s + 1]) of a list sorted by state.</summary>
    private static int[] RowStarts(int stateCount, IEnumerable<int> sortedEdgeStates)
    {
        var starts = new int[stateCount + 1];
        foreach (var state in sortedEdgeStates)
        {
            starts[state + 1]++;
        }
        for (var s = 0; s < stateCount; s++)
        {
            starts[s + 1] += starts[s];
        }
        return starts;
    }

    private static int[] BreadthFirstNumbering(Trie trie)
    {
        var starts = RowStarts(trie.StateCount, trie.Edges.Select(e => e.State));
        var newId = new int[trie.StateCount];
        var queue = new Queue<int>([Root]);
        var next = 0;
        while (queue.TryDequeue(out var state))
        {
            newId[state] = next++;
            for (var e = starts[state]; e < starts[state + 1]; e++)
            {
                queue.Enqueue(trie.Edges[e].Target);
            }
        }
        return newId;
    }

    // Breadth first, so a state's failure target (always shallower) is complete before the state itself.
    private static void LinkBreadthFirst(PhraseAutomaton a)
    {
        a.FirstOutput[Root] = -1;
        a.OutputLink[Root] = -1;
        var queue = new Queue<int>([Root]);
        while (queue.TryDequeue(out var state))
        {
            for (var e = a.EdgeStart[state]; e < a.EdgeStart[state + 1]; e++)
            {
                var child = a.EdgeTarget[e];
                var fail = state == Root ? Root : a.Next(a.Failure[state], a.EdgeSymbol[e]);
                a.Failure[child] = fail;
                a.OutputLink[child] = a.FirstOutput[fail];
                a.FirstOutput[child] = a.PhraseAtState[child] >= 0 ? child : a.OutputLink[child];
                queue.Enqueue(child);
            }
            FillDenseRow(a, state);
        }
    }

    // A dense row is complete: an ASCII symbol with no edge goes where the failure state's row says, which
    // is already filled because the failure state is shallower.
    private static void FillDenseRow(PhraseAutomaton a, int state)
    {
        if (state >= a.DenseStates)
        {
            return;
        }
        var row = state * a.DenseWidth;
        var failRow = state == Root ? -1 : a.Failure[state] * a.DenseWidth;
        for (var symbol = 1; symbol < a.DenseWidth; symbol++)
        {
            var target = a.FindEdge(state, symbol);
            a.Dense[row + symbol] = target >= 0 ? target : failRow >= 0 ? a.Dense[failRow + symbol] : Root;
        }
    }

    /// <summary>The phrase trie before numbering: edges sorted by (state, symbol), the phrase ending at each state, each state's depth.</summary>
    private sealed record Trie((int State, ushort Symbol, int Target)[] Edges, int[] PhraseAt, int[] Depth)
    {
        public int StateCount => PhraseAt.Length;

        public static Trie Build(IReadOnlyList<string> foldedPhrases, Dictionary<char, ushort> symbolOf)
        {
            var children = new Dictionary<long, int>();   // (state << 16 | symbol) -> child
            var phraseAt = new List<int> { -1 };
            var depth = new List<int> { 0 };
            for (var p = 0; p < foldedPhrases.Count; p++)
            {
                var state = Root;
                foreach (var c in foldedPhrases[p])
                {
                    var key = ((long)state << 16) | symbolOf[c];
                    if (!children.TryGetValue(key, out var child))
                    {
                        child = phraseAt.Count;
                        phraseAt.Add(-1);
                        depth.Add(depth[state] + 1);
                        children[key] = child;
                    }
                    state = child;
                }
                phraseAt[state] = p;
            }
            var edges = children
                .Select(kv => (State: (int)(kv.Key >> 16), Symbol: (ushort)(kv.Key & 0xFFFF), Target: kv.Value))
                .OrderBy(e => e.State).ThenBy(e => e.Symbol)
                .ToArray();
            return new Trie(edges, [.. phraseAt], [.. depth]);
        }
    }
}
