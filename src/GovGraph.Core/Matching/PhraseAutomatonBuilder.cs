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

        // Number states breadth first, so the shallow states that own dense rows are exactly 0..denseStates-1
        // and a row is found by multiplication, with no lookup table between.
        var stateCount = phraseAt.Count;
        var tempEdges = children
            .Select(kv => (State: (int)(kv.Key >> 16), Symbol: (ushort)(kv.Key & 0xFFFF), Target: kv.Value))
            .OrderBy(e => e.State).ThenBy(e => e.Symbol)
            .ToArray();
        var newId = BreadthFirstNumbering(stateCount, tempEdges);
        var edges = tempEdges
            .Select(e => (State: newId[e.State], e.Symbol, Target: newId[e.Target]))
            .OrderBy(e => e.State).ThenBy(e => e.Symbol)
            .ToArray();
        var edgeStart = new int[stateCount + 1];
        foreach (var edge in edges)
        {
            edgeStart[edge.State + 1]++;
        }
        for (var s = 0; s < stateCount; s++)
        {
            edgeStart[s + 1] += edgeStart[s];
        }
        var phraseAtState = new int[stateCount];
        var denseStates = 0;
        for (var temp = 0; temp < stateCount; temp++)
        {
            phraseAtState[newId[temp]] = phraseAt[temp];
            denseStates += depth[temp] <= DenseDepth ? 1 : 0;
        }

        var rootNext = new int[symbolOf.Count + 1];
        for (var e = edgeStart[Root]; e < edgeStart[Root + 1]; e++)
        {
            rootNext[edges[e].Symbol] = edges[e].Target;
        }

        var automaton = new PhraseAutomaton
        {
            SymbolOfChar = CharSymbols(symbolOf),
            DenseWidth = denseWidth,
            DenseStates = denseStates,
            Dense = new int[denseStates * denseWidth],
            RootNext = rootNext,
            EdgeStart = edgeStart,
            EdgeSymbol = edges.Select(e => e.Symbol).ToArray(),
            EdgeTarget = edges.Select(e => e.Target).ToArray(),
            Failure = new int[stateCount],
            FirstOutput = new int[stateCount],
            OutputLink = new int[stateCount],
            PhraseAtState = phraseAtState,
        };
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

    private static int[] BreadthFirstNumbering(int stateCount, (int State, ushort Symbol, int Target)[] sortedEdges)
    {
        var firstEdge = new int[stateCount + 1];
        foreach (var edge in sortedEdges)
        {
            firstEdge[edge.State + 1]++;
        }
        for (var s = 0; s < stateCount; s++)
        {
            firstEdge[s + 1] += firstEdge[s];
        }
        var newId = new int[stateCount];
        var queue = new Queue<int>();
        queue.Enqueue(Root);
        var next = 0;
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            newId[state] = next++;
            for (var e = firstEdge[state]; e < firstEdge[state + 1]; e++)
            {
                queue.Enqueue(sortedEdges[e].Target);
            }
        }
        return newId;
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

    // Breadth first, so a state's failure target (always shallower) is complete before the state itself.
    private static void LinkBreadthFirst(PhraseAutomaton a)
    {
        a.FirstOutput[Root] = -1;
        a.OutputLink[Root] = -1;
        var queue = new Queue<int>();
        queue.Enqueue(Root);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
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
}
