using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using static GovGraph.Neo4j.Store.RecordMapping;

namespace GovGraph.Neo4j.Store;

// Graph walks: neighbourhoods breadth first, one query-neighbors round trip per hop (Cypher cannot take the
// depth as a parameter), and shortest paths with the evidence behind every hop.
public sealed partial class Neo4jGraphStore
{
    public async Task<GraphView?> GetNeighborhoodAsync(string nodeId, int depth, int maxNodes, CancellationToken cancellationToken)
    {
        if ((await ReadAsync("query-node", cancellationToken, ("nodeId", nodeId))).Single() is not { } start)
        {
            return null;
        }
        var nodes = new Dictionary<string, GraphViewNode>(StringComparer.Ordinal)
        {
            [start.RequiredString("id")] = new(start.RequiredString("id"), start.RequiredString("label"), start.String("name") ?? ""),
        };
        var edges = new SortedSet<(string Type, string StartId, string EndId, double? Weight)>();
        var frontier = new List<string> { start.RequiredString("elementId") };
        var truncated = false;
        for (var hop = 0; hop < depth && frontier.Count > 0 && !truncated; hop++)
        {
            var next = new List<string>();
            foreach (var r in (await ReadAsync("query-neighbors", cancellationToken, ("elementIds", frontier))).Records)
            {
                var id = r.RequiredString("id");
                if (!nodes.ContainsKey(id))
                {
                    if (nodes.Count >= maxNodes)
                    {
                        truncated = true;
                        continue;
                    }
                    nodes[id] = new GraphViewNode(id, r.RequiredString("label"), r.String("name") ?? "");
                    next.Add(r.RequiredString("elementId"));
                }
                edges.Add((r.RequiredString("type"), r.RequiredString("startId"), r.RequiredString("endId"), r.NullableDouble("weight")));
            }
            frontier = next;
        }
        var kept = edges.Where(e => nodes.ContainsKey(e.StartId) && nodes.ContainsKey(e.EndId))
            .Select(e => new GraphViewEdge(e.Type, e.StartId, e.EndId, e.Weight)).ToList();
        return new GraphView([.. nodes.Values], kept, truncated);
    }

    public async Task<GraphPath?> GetShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken cancellationToken)
    {
        if ((await ReadAsync("query-node", cancellationToken, ("nodeId", fromId))).Single() is not { } from
            || (await ReadAsync("query-node", cancellationToken, ("nodeId", toId))).Single() is not { } to)
        {
            return null;
        }
        if (fromId == toId)
        {
            return new GraphPath([new GraphViewNode(fromId, from.RequiredString("label"), from.String("name") ?? "")], []);
        }
        var result = (await ReadAsync("query-shortest-path", cancellationToken,
            ("fromElementId", from.RequiredString("elementId")), ("toElementId", to.RequiredString("elementId")), ("maxDepth", maxDepth))).Single();
        if (result is not { } path)
        {
            return null;
        }
        var pathNodes = Maps(path["nodes"]).Select(n => new GraphViewNode(Required(n, "id"), Required(n, "label"), S(n, "name") ?? "")).ToList();
        var hops = Maps(path["edges"]).Select(e => (Type: Required(e, "type"), StartId: Required(e, "startId"), EndId: Required(e, "endId"),
            Evidence: Maps(e["evidence"]).Select(x => (Key: SpanText.ParseEvidence(Required(x, "key")), Stance: S(x, "stance"), PersonId: S(x, "personId"))).ToList())).ToList();
        var sentences = await SentencesAsync(hops.SelectMany(h => h.Evidence.Select(x => x.Key)), cancellationToken);
        var edges = hops.Select(h => new PathEdge(h.Type, h.StartId, h.EndId, h.Evidence.Select(x =>
        {
            var (title, published, sentence) = sentences[(x.Key.DocumentId, x.Key.Span.SentenceStart)];
            return new EvidenceItem(x.Key.DocumentId, title, published, x.Key.Span, sentence, x.Stance is { } s ? Stance(s) : null, x.PersonId);
        }).ToList())).ToList();
        return new GraphPath(pathNodes, edges);
    }

    private async Task<Dictionary<(string, int), (string Title, string? Published, string Sentence)>> SentencesAsync(
        IEnumerable<(string DocumentId, Span Span)> keys, CancellationToken cancellationToken)
    {
        var rows = keys.DistinctBy(k => (k.DocumentId, k.Span.SentenceStart))
            .Select(k => (object?)new Dictionary<string, object?> { ["documentId"] = k.DocumentId, ["sentenceStart"] = k.Span.SentenceStart, ["sentenceEnd"] = k.Span.SentenceEnd })
            .ToList();
        var found = new Dictionary<(string, int), (string, string?, string)>();
        if (rows.Count == 0)
        {
            return found;
        }
        foreach (var r in (await ReadAsync("query-sentences", cancellationToken, ("rows", rows))).Records)
        {
            found[(r.RequiredString("documentId"), r.Int("sentenceStart"))] = (r.String("title") ?? "", r.String("published"), r.String("sentence") ?? "");
        }
        return found;
    }
}
