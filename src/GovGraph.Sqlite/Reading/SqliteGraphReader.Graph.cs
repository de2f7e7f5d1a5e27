using GovGraph.Core.Queries;
using GovGraph.Sqlite.Reading;

namespace GovGraph.Sqlite;

internal sealed partial class SqliteGraphReader
{
    /// <summary>Beyond this many visited nodes a path search gives up (returns null) rather than walk the whole graph.</summary>
    private const int PathSearchNodeBudget = 200_000;

    /// <summary>Relationships of one kind a path search follows from a node; see <see cref="ShortestPathSearch"/>.</summary>
    private const int PathSearchNeighbourLimit = 250;

    /// <summary>
    /// Breadth-first, one hop at a time: nodes in the order they are reached (closest first), each node's
    /// relationships in <see cref="GraphEdges"/> order. Edges are those read while expanding, between nodes kept.
    /// Each node's relationships are read capped at the view's size (a hub fills the view from its heaviest,
    /// newest rows) and cached until the next commit; names are looked up afterwards, one statement per label,
    /// for the kept nodes only.
    /// </summary>
    public Task<GraphView?> GetNeighborhoodAsync(string nodeId, int depth, int maxNodes, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var start = FindNode(session, nodeId);
            if (start is null)
            {
                return null;
            }
            var generation = _readSessions.Generation;
            var graph = new GraphEdges(session, _relationships, generation);
            var nodes = new Dictionary<string, (string Label, int Depth)>(StringComparer.Ordinal) { [nodeId] = (start.Value.Label, 0) };
            var order = new List<string> { nodeId };
            var edges = new Dictionary<(string, string, string), Edge>();
            var truncated = false;
            for (var next = 0; next < order.Count && !truncated; next++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var id = order[next];
                var (label, distance) = nodes[id];
                if (distance >= depth)
                {
                    continue;
                }
                foreach (var edge in graph.Of(label, id, Math.Max(1, maxNodes) + 1))
                {
                    var (otherLabel, otherId) = edge.Other(id);
                    if (!nodes.ContainsKey(otherId))
                    {
                        if (nodes.Count >= maxNodes)
                        {
                            truncated = true;
                            break;
                        }
                        nodes[otherId] = (otherLabel, distance + 1);
                        order.Add(otherId);
                    }
                    edges.TryAdd((edge.Type, edge.StartId, edge.EndId), edge);
                }
            }
            var names = new NodeNames(session, _names, generation);
            var namesByLabel = order.Skip(1).GroupBy(id => nodes[id].Label, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => names.Of(g.Key, g.ToList()), StringComparer.Ordinal);
            var viewNodes = order.ConvertAll(id => new GraphViewNode(id, nodes[id].Label,
                id == nodeId ? start.Value.Name : namesByLabel[nodes[id].Label][id]));
            var viewEdges = edges.Values.Select(e => new GraphViewEdge(e.Type, e.StartId, e.EndId, e.Weight)).ToList();
            return new GraphView(viewNodes, viewEdges, truncated);
        }, cancellationToken);

    /// <summary>Bidirectional breadth-first search over relationships in either direction, expanding the smaller frontier.</summary>
    public Task<GraphPath?> GetShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var from = FindNode(session, fromId);
            var to = FindNode(session, toId);
            if (from is null || to is null)
            {
                return null;
            }
            var generation = _readSessions.Generation;
            var names = new NodeNames(session, _names, generation);
            if (fromId == toId)
            {
                return new GraphPath([new GraphViewNode(fromId, from.Value.Label, from.Value.Name)], []);
            }
            var graph = new GraphEdges(session, _relationships, generation);
            var fromFirst = Connectedness(session, from.Value.Label, fromId) <= Connectedness(session, to.Value.Label, toId);
            var hops = ShortestPathSearch.Find(graph, (from.Value.Label, fromId), (to.Value.Label, toId), fromFirst,
                maxDepth, PathSearchNodeBudget, PathSearchNeighbourLimit, cancellationToken);
            if (hops is null)
            {
                return null;
            }
            var evidence = new EvidenceReader(session);
            var pathEvidence = new PathEvidence(session, evidence);
            var pathNodes = new List<GraphViewNode> { new(fromId, from.Value.Label, from.Value.Name) };
            var pathEdges = new List<PathEdge>();
            var current = fromId;
            foreach (var edge in hops)
            {
                var (label, id) = edge.Other(current);
                pathNodes.Add(new GraphViewNode(id, label, names.Of(label, id)));
                pathEdges.Add(new PathEdge(edge.Type, edge.StartId, edge.EndId, _edgeEvidence.GetOrRead(edge, generation, () => pathEvidence.For(edge))));
                current = id;
            }
            return new GraphPath(pathNodes, pathEdges);
        }, cancellationToken);

    /// <summary>How many relationships a node roughly has (supporting documents plus statements): a path search expands the smaller end first.</summary>
    private static long Connectedness(ReadSession session, string label, string id)
    {
        var command = session.Command("SELECT documents + statements FROM node_count WHERE label = $label AND node_id = $id")
            .Bind("$label", label).Bind("$id", id);
        return command.ScalarInt64();
    }

    private static (string Label, string Name)? FindNode(ReadSession session, string id)
    {
        var command = session.Command(NodeSql.FindNode).Bind("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }
}
