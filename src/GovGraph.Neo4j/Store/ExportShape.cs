using GovGraph.Core.Graph;
using GovGraph.Neo4j.Transport;

namespace GovGraph.Neo4j.Store;

/// <summary>
/// The export's shape, identical to the SQLite store's (two exports of the same input are byte-identical):
/// the graph model's properties per label, nulls included; bookkeeping (document text, search keys, supporting
/// document lists, evidence spans on shared edges) left out; MENTIONS spans as "start-end".
/// </summary>
internal static class ExportShape
{
    private static readonly Dictionary<string, string[]> NodeProperties = new(StringComparer.Ordinal)
    {
        [NodeLabels.Document] = ["id", "title", "uri", "source", "language", "published", "ingestedAt", "extractorVersion", "length"],
        [NodeLabels.Concept] = ["id", "name", "nameZh", "category", "definition", "status", "aliases"],
        [NodeLabels.Person] = ["id", "name", "nameZh", "aliases", "titles", "country"],
        [NodeLabels.Organization] = ["id", "name", "nameZh"],
        [NodeLabels.Place] = ["id", "name", "nameZh", "country"],
        [NodeLabels.Event] = ["id", "name", "series", "edition", "year", "date", "place"],
        [NodeLabels.EventSeries] = ["id", "name", "acronym"],
        [NodeLabels.Statement] = ["id", "verb", "stance", "quote", "documentId", "start", "end"],
    };

    private static readonly Dictionary<string, string[]> RelationshipProperties = new(StringComparer.Ordinal)
    {
        [RelationshipTypes.Mentions] = ["count", "spans"],
        [RelationshipTypes.SpokeAt] = ["date", "mode"],
        [RelationshipTypes.Advocates] = ["weight"],
        [RelationshipTypes.Opposes] = ["weight"],
        [RelationshipTypes.CoOccursWith] = ["weight", "documents"],
    };

    public static Dictionary<string, object?> Node(string label, IReadOnlyDictionary<string, object?> stored) =>
        NodeProperties.TryGetValue(label, out var keys)
            ? keys.ToDictionary(k => k, k => Value(stored.GetValueOrDefault(k)), StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    public static Dictionary<string, object?> Relationship(string type, IReadOnlyDictionary<string, object?> stored)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var key in RelationshipProperties.GetValueOrDefault(type) ?? [])
        {
            var value = stored.GetValueOrDefault(key);
            result[key] = type == RelationshipTypes.Mentions && key == "spans"
                ? SpanText.Parse(Neo4jValues.AsString(value)).Select(s => (object?)$"{s.Start}-{s.End}").ToList()
                : Value(value);
        }
        return result;
    }

    /// <summary>Integers the graph model keeps as int (offsets, counts, editions) come back from Neo4j as long.</summary>
    private static object? Value(object? value) => value switch
    {
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        IReadOnlyList<object?> list => list.Select(Value).ToList(),
        _ => value,
    };
}
