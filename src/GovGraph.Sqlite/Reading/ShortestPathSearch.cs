namespace GovGraph.Sqlite.Reading;

/// <summary>
/// Bidirectional breadth-first search: each round expands the smaller frontier by one whole level (on the
/// first round, when both frontiers are one node, the less connected node), and stops at the first node
/// the two searches share. That first meeting already gives a shortest path: before the round no node
/// reached by one side was reached by the other, so every meeting in the round has the same total hops.
/// A node's relationships come from GraphEdges, which keeps them until the next commit, so searches through
/// the same hubs read them once.
/// Relationships are followed in either direction. A hub (a person with a hundred thousand statements)
/// is expanded through its first neighbourLimit relationships of each kind (the heaviest and newest, in
/// GraphEdges order), which keeps a search bounded; the aggregated edges (ADVOCATES, CO_OCCURS_WITH,
/// SPOKE_AT) still connect it to everything its statements reach.
/// </summary>
internal static class ShortestPathSearch
{
    /// <summary>Where a visited node was reached from: an edge, as its position in one of the relationship arrays read.</summary>
    private readonly record struct Reached(int Array, int Position);

    private static readonly Reached Root = new(-1, -1);

    /// <summary>
    /// One end of the search. Visited holds small values (two ints per node), because a search through hubs
    /// visits tens of thousands of nodes and the dictionary's growth copies every entry it holds.
    /// </summary>
    private sealed class Side(string label, string id)
    {
        public Dictionary<string, Reached> Visited { get; } = new(256, StringComparer.Ordinal) { [id] = Root };
        public List<(string Label, string Id)> Frontier { get; set; } = [(label, id)];
        public int Depth { get; set; }
    }

    /// <summary>
    /// The edges from <paramref name="from"/> to <paramref name="to"/> in order, or null when none within
    /// <paramref name="maxDepth"/> hops or the budget. <paramref name="fromFirst"/> says which side to expand
    /// first while both frontiers hold one node (the caller knows which is less connected).
    /// </summary>
    public static List<Edge>? Find(GraphEdges graph, (string Label, string Id) from, (string Label, string Id) to, bool fromFirst,
        int maxDepth, int nodeBudget, int neighbourLimit, CancellationToken cancellationToken)
    {
        var forward = new Side(from.Label, from.Id);
        var backward = new Side(to.Label, to.Id);
        var arrays = new List<Edge[]>();
        while (forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxDepth)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var forwardFirst = forward.Frontier.Count == backward.Frontier.Count ? fromFirst : forward.Frontier.Count < backward.Frontier.Count;
            var (near, far) = forwardFirst ? (forward, backward) : (backward, forward);
            var next = new List<(string, string)>();
            near.Depth++;
            foreach (var (label, id) in near.Frontier)
            {
                var edges = graph.Of(label, id, neighbourLimit);
                arrays.Add(edges);
                for (var position = 0; position < edges.Length; position++)
                {
                    var (otherLabel, otherId) = edges[position].Other(id);
                    if (!near.Visited.TryAdd(otherId, new Reached(arrays.Count - 1, position)))
                    {
                        continue;
                    }
                    if (far.Visited.ContainsKey(otherId))
                    {
                        return Assemble(forward, backward, otherId, arrays);
                    }
                    next.Add((otherLabel, otherId));
                }
                if (forward.Visited.Count + backward.Visited.Count > nodeBudget)
                {
                    return null;
                }
            }
            near.Frontier = next;
        }
        return null;
    }

    private static List<Edge> Assemble(Side forward, Side backward, string meeting, List<Edge[]> arrays)
    {
        var path = new List<Edge>();
        Walk(forward, meeting, arrays, path);
        path.Reverse();
        Walk(backward, meeting, arrays, path);
        return path;
    }

    /// <summary>Adds the edges from <paramref name="node"/> back to the side's start, nearest first.</summary>
    private static void Walk(Side side, string node, List<Edge[]> arrays, List<Edge> path)
    {
        for (var reached = side.Visited[node]; reached != Root; reached = side.Visited[node])
        {
            var edge = arrays[reached.Array][reached.Position];
            path.Add(edge);
            node = edge.Other(node).Id;
        }
    }
}
