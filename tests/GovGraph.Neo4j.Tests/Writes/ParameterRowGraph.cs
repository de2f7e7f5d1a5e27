using System.Globalization;
using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using GovGraph.Neo4j.Store;
using GovGraph.Neo4j.Transport;

namespace GovGraph.Neo4j.Tests.Writes;

/// <summary>
/// The graph a sequence of recorded write statements describes, read from their parameter rows the way each
/// write-*.cypher / derive-*.cypher file applies them (MERGE by id, edges only between stored nodes), in the
/// export's store-faithful shape (bookkeeping included). Lets a test compare what the Neo4j store sends with what
/// the SQLite store stores and exports, without a server.
/// </summary>
internal sealed class ParameterRowGraph
{
    private readonly SortedDictionary<string, (string Label, Dictionary<string, object?> Properties)> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Start, string End), Dictionary<string, object?>> _relationships = [];
    private long _deadLetters;

    public static ParameterRowGraph From(IEnumerable<CypherStatement> statements)
    {
        var graph = new ParameterRowGraph();
        foreach (var statement in statements)
        {
            graph.Apply(statement);
        }
        return graph;
    }

    public IEnumerable<ExportRecord> Export()
    {
        foreach (var (id, (label, properties)) in _nodes)
        {
            yield return new ExportNode(id, [label], ExportShape.Node(label, properties));
        }
        foreach (var ((type, start, end), properties) in _relationships
                     .OrderBy(r => r.Key.Type, StringComparer.Ordinal).ThenBy(r => r.Key.Start, StringComparer.Ordinal).ThenBy(r => r.Key.End, StringComparer.Ordinal))
        {
            yield return new ExportRelationship($"{type}:{start}->{end}", type, start, end, ExportShape.Relationship(type, properties));
        }
    }

    private void Apply(CypherStatement s)
    {
        var documentId = s.Parameters.TryGetValue("documentId", out var d) ? (string?)d : null;
        var rows = s.Parameters.TryGetValue("rows", out var r) ? ((IEnumerable<object?>)r!).Cast<Dictionary<string, object?>>().ToList() : [];
        switch (s.Name)
        {
            case "write-document":
                var row = (Dictionary<string, object?>)s.Parameters["row"]!;
                Node(NodeLabels.Document, row);
                break;
            case "write-source-file":
                var file = (Dictionary<string, object?>)s.Parameters["row"]!;
                Node(BookkeepingLabels.SourceFile, file, (string)file["sourceKey"]!);
                break;
            case "write-dead-letter":
                var seq = ++_deadLetters;
                Node(BookkeepingLabels.DeadLetter, new((Dictionary<string, object?>)s.Parameters["row"]!) { ["seq"] = seq }, seq.ToString(CultureInfo.InvariantCulture));
                break;
            case "write-taxonomy":
                rows.ForEach(x => Node(NodeLabels.Concept, new(x) { ["status"] = "taxonomy" }));
                break;
            case "write-supports":
                rows.ForEach(x => Edge(BookkeepingLabels.Supports, documentId, Id(x), []));
                break;
            case "write-concepts":
                rows.ForEach(x => Node(NodeLabels.Concept, x));
                break;
            case "write-countries":
                foreach (var x in rows)
                {
                    Node(NodeLabels.Country, x);
                    // Every stored person of the country is linked to it, whichever was written first.
                    foreach (var (person, _) in _nodes.Where(n => n.Value.Label == NodeLabels.Person && Id(x).Equals(n.Value.Properties.GetValueOrDefault("country"))).ToList())
                    {
                        Edge(RelationshipTypes.From, person, Id(x), []);
                    }
                }
                break;
            case "write-people":
                foreach (var x in rows)
                {
                    Node(NodeLabels.Person, x);
                    foreach (var stale in _relationships.Keys.Where(k => k.Type == RelationshipTypes.From && k.Start == Id(x) && k.End != x["country"] as string).ToList())
                    {
                        _relationships.Remove(stale);
                    }
                    if (x["country"] is string country && _nodes.TryGetValue(country, out var node) && node.Label == NodeLabels.Country)
                    {
                        Edge(RelationshipTypes.From, Id(x), country, []);
                    }
                }
                break;
            case "write-organizations":
                rows.ForEach(x => Node(NodeLabels.Organization, x));
                break;
            case "write-places":
                rows.ForEach(x => Node(NodeLabels.Place, x));
                break;
            case "write-event-series":
                rows.ForEach(x => Node(NodeLabels.EventSeries, x));
                break;
            case "write-events":
                foreach (var x in rows)
                {
                    Node(NodeLabels.Event, x);
                    Edge(RelationshipTypes.EditionOf, Id(x), x["series"] as string, []);
                    Edge(RelationshipTypes.HeldIn, Id(x), x["place"] as string, []);
                }
                break;
            case "write-concept-broader":
            case "write-taxonomy-broader":
                foreach (var x in rows)
                {
                    if (s.Name == "write-taxonomy-broader")
                    {
                        foreach (var old in _relationships.Keys.Where(k => k.Type == RelationshipTypes.Broader && k.Start == Id(x)).ToList())
                        {
                            _relationships.Remove(old);
                        }
                    }
                    foreach (var broader in (IEnumerable<string>)x["broader"]!)
                    {
                        Edge(RelationshipTypes.Broader, Id(x), broader, []);
                    }
                }
                break;
            case "write-mentions":
                rows.ForEach(x => Edge(RelationshipTypes.Mentions, documentId, Id(x), new() { ["count"] = x["count"], ["spans"] = x["spans"] }));
                break;
            case "write-links":
                rows.ForEach(x => Edge((string)x["type"]!, documentId, Id(x), []));
                break;
            case "write-statements":
                foreach (var x in rows)
                {
                    Node(NodeLabels.Statement, new Dictionary<string, object?>(x) { ["documentId"] = documentId });
                    Edge(RelationshipTypes.Made, (string)x["personId"]!, Id(x), []);
                    Edge(RelationshipTypes.In, Id(x), documentId, []);
                    Edge(RelationshipTypes.At, Id(x), x["eventId"] as string, []);
                    foreach (var concept in (IEnumerable<string>)x["conceptIds"]!)
                    {
                        Edge(RelationshipTypes.About, Id(x), concept, []);
                    }
                }
                break;
            case "write-spoke-at":
                foreach (var x in rows)
                {
                    var key = (RelationshipTypes.SpokeAt, (string)x["personId"]!, (string)x["eventId"]!);
                    var existing = _relationships.GetValueOrDefault(key);
                    Edge(key.Item1, key.Item2, key.Item3, new()
                    {
                        ["date"] = Least(existing?.GetValueOrDefault("date") as string, x["date"] as string),
                        ["mode"] = Least(existing?.GetValueOrDefault("mode") as string, x["mode"] as string),
                        ["documents"] = Added(existing, "documents", documentId!),
                        ["evidence"] = Added(existing, "evidence", (string)x["evidence"]!),
                    });
                }
                break;
            case "write-first-proposed-at":
                foreach (var x in rows)
                {
                    var key = (RelationshipTypes.FirstProposedAt, (string)x["conceptId"]!, (string)x["eventId"]!);
                    var existing = _relationships.GetValueOrDefault(key);
                    Edge(key.Item1, key.Item2, key.Item3, new()
                    {
                        ["documents"] = Added(existing, "documents", documentId!),
                        ["evidence"] = Added(existing, "evidence", (string)x["evidence"]!),
                    });
                }
                break;
            case "derive-stances":
                rows.ForEach(x => DeriveStance((string)x["personId"]!, (string)x["conceptId"]!));
                break;
            case "derive-co-occurrence":
                foreach (var concept in (IEnumerable<object?>)s.Parameters["conceptIds"]!)
                {
                    DeriveCoOccurrence((string)concept!);
                }
                break;
        }
    }

    private static string Id(Dictionary<string, object?> row) => (string)row["id"]!;

    /// <summary>What `coalesce(r.list, []) + value` without duplicates leaves on a shared edge.</summary>
    private static List<object?> Added(Dictionary<string, object?>? existing, string key, string value)
    {
        var list = existing?.GetValueOrDefault(key) as List<object?> ?? [];
        return [.. list.Where(v => (string?)v != value), value];
    }

    private static string? Least(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

    private void Node(string label, Dictionary<string, object?> row, string? id = null)
    {
        id ??= Id(row);
        var properties = _nodes.TryGetValue(id, out var existing) ? existing.Properties : [];
        foreach (var (key, value) in row)
        {
            properties[key] = value is IEnumerable<string> list && value is not string ? list.Cast<object?>().ToList() : value;
        }
        _nodes[id] = (label, properties);
    }

    /// <summary>The Cypher MATCHes both ends first: an edge to a node that is not stored is not created.</summary>
    private void Edge(string type, string? start, string? end, Dictionary<string, object?> properties)
    {
        if (start is not null && end is not null && _nodes.ContainsKey(start) && _nodes.ContainsKey(end))
        {
            _relationships[(type, start, end)] = properties;
        }
    }

    private void DeriveStance(string person, string concept)
    {
        var statements = _relationships.Keys.Where(k => k.Type == RelationshipTypes.Made && k.Start == person).Select(k => k.End)
            .Where(s => _relationships.ContainsKey((RelationshipTypes.About, s, concept))).ToList();
        foreach (var (type, stance) in new[] { (RelationshipTypes.Advocates, "support"), (RelationshipTypes.Opposes, "oppose") })
        {
            var weight = statements.Count(s => (string?)_nodes[s].Properties["stance"] == stance);
            _relationships.Remove((type, person, concept));
            if (weight > 0)
            {
                Edge(type, person, concept, new() { ["weight"] = weight });
            }
        }
    }

    private void DeriveCoOccurrence(string concept)
    {
        var documentsOf = _relationships.Keys.Where(k => k.Type == RelationshipTypes.Mentions && _nodes[k.End].Label == NodeLabels.Concept)
            .GroupBy(k => k.End).ToDictionary(g => g.Key, g => g.Select(k => k.Start).ToHashSet(), StringComparer.Ordinal);
        foreach (var key in _relationships.Keys.Where(k => k.Type == RelationshipTypes.CoOccursWith && (k.Start == concept || k.End == concept)).ToList())
        {
            _relationships.Remove(key);
        }
        if (!documentsOf.TryGetValue(concept, out var mine))
        {
            return;
        }
        foreach (var (other, theirs) in documentsOf.Where(o => o.Key != concept))
        {
            var shared = mine.Intersect(theirs).Count();
            if (shared > 0)
            {
                var (low, high) = string.CompareOrdinal(concept, other) < 0 ? (concept, other) : (other, concept);
                Edge(RelationshipTypes.CoOccursWith, low, high, new() { ["weight"] = shared, ["documents"] = shared });
            }
        }
    }
}
