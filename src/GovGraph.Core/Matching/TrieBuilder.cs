namespace GovGraph.Core.Matching;

/// <summary>The phrase trie while <see cref="PhraseMatcher"/> is built; flattened into arrays at the end.</summary>
internal sealed class TrieBuilder
{
    private readonly Dictionary<char, ushort> symbolOfFolded = [];
    private readonly Dictionary<long, int> children = [];   // (state << 16 | symbol) -> child state
    private readonly List<int> phraseAtState = [-1];

    public int StateCount => phraseAtState.Count;

    public int SymbolCount => symbolOfFolded.Count;

    /// <summary>Adds a folded phrase; false when that phrase is already present.</summary>
    public bool Add(string foldedPhrase, int phraseIndex)
    {
        var state = 0;
        foreach (var c in foldedPhrase)
        {
            if (!symbolOfFolded.TryGetValue(c, out var symbol))
            {
                symbol = checked((ushort)(symbolOfFolded.Count + 1));
                symbolOfFolded[c] = symbol;
            }
            var key = ((long)state << 16) | symbol;
            if (!children.TryGetValue(key, out var child))
            {
                child = phraseAtState.Count;
                phraseAtState.Add(-1);
                children[key] = child;
            }
            state = child;
        }
        if (phraseAtState[state] >= 0)
        {
            return false;
        }
        phraseAtState[state] = phraseIndex;
        return true;
    }

    /// <summary>For every raw char, the symbol of its folded form (0 when no phrase uses it).</summary>
    public ushort[] BuildCharSymbols()
    {
        var table = new ushort[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = symbolOfFolded.GetValueOrDefault(CharFolding.Fold((char)i));
        }
        return table;
    }

    /// <summary>The edges in compressed rows: state s owns [start[s], start[s + 1]), sorted by symbol.</summary>
    public void BuildEdges(out int[] start, out ushort[] symbols, out int[] targets, out int[] phraseAt)
    {
        var edges = children.Select(kv => (State: (int)(kv.Key >> 16), Symbol: (ushort)(kv.Key & 0xFFFF), Target: kv.Value))
            .OrderBy(e => e.State).ThenBy(e => e.Symbol)
            .ToArray();
        start = new int[StateCount + 1];
        symbols = new ushort[edges.Length];
        targets = new int[edges.Length];
        for (var i = 0; i < edges.Length; i++)
        {
            start[edges[i].State + 1]++;
            symbols[i] = edges[i].Symbol;
            targets[i] = edges[i].Target;
        }
        for (var s = 0; s < StateCount; s++)
        {
            start[s + 1] += start[s];
        }
        phraseAt = [.. phraseAtState];
    }
}
