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
    private sealed class Side(string label, string id)
    {
        public Dictionary<string, (Edge? Edge, string? Previous, int Depth)> Visited { get; } = new(StringComparer.Ordinal) { [id] = (null, null, 0) };
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
        while (forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxDepth)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var forwardFirst = forward.Frontier.Count == backward.Frontier.Count ? fromFirst : forward.Frontier.Count < backward.Frontier.Count;
            var (near, far) = forwardFirst ? (forward, backward) : (backward, forward);
            var next = new List<(string, string)>();
            near.Depth++;
            foreach (var (label, id) in near.Frontier)
            {
                foreach (var edge in graph.Of(label, id, neighbourLimit))
                {
                    var (otherLabel, otherId) = edge.Other(id);
                    if (near.Visited.ContainsKey(otherId))
                    {
                        continue;
                    }
                    near.Visited[otherId] = (edge, id, near.Depth);
                    if (far.Visited.ContainsKey(otherId))
                    {
                        return Assemble(forward, backward, otherId);
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

    private static List<Edge> Assemble(Side forward, Side backward, string meeting)
    {
        var path = new List<Edge>();
        for (var id = meeting; forward.Visited[id].Edge is { } edge; id = forward.Visited[id].Previous!)
        {
            path.Add(edge);
        }
        path.Reverse();
        for (var id = meeting; backward.Visited[id].Edge is { } edge; id = backward.Visited[id].Previous!)
        {
            path.Add(edge);
        }
        return path;
    }
}
