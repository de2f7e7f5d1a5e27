using GovGraph.Core.Graph;
using GovGraph.Neo4j.Transport;

namespace GovGraph.Neo4j.Store;

/// <summary>
/// The export's shape, made from <see cref="GraphModel"/> and identical to the SQLite store's (the store-faithful
/// view: every property of the label or type, nulls included, in the stored encoding). Values come back from
/// Neo4j in its own types and are brought to the model's: integers the model keeps as int, sets sorted.
/// </summary>
internal static class ExportShape
{
    public static Dictionary<string, object?> Node(string label, IReadOnlyDictionary<string, object?> stored) =>
        Shape(GraphModel.Label(label).Properties, stored);

    public static Dictionary<string, object?> Relationship(string type, IReadOnlyDictionary<string, object?> stored) =>
        Shape(GraphModel.Relationship(type).Properties, stored);

    private static Dictionary<string, object?> Shape(IReadOnlyList<GraphProperty> properties, IReadOnlyDictionary<string, object?> stored) =>
        properties.ToDictionary(p => p.Name, p => Value(p.Type, stored.GetValueOrDefault(p.Name)), StringComparer.Ordinal);

    private static object? Value(PropertyType type, object? value) => (type, value) switch
    {
        (_, null) => null,
        (PropertyType.Int, long l) when l is >= int.MinValue and <= int.MaxValue => (int)l,
        (PropertyType.Long, int i) => (long)i,
        (PropertyType.StringSet, IEnumerable<object?> set) => set.Select(Neo4jValues.AsString).Order(StringComparer.Ordinal).Cast<object?>().ToList(),
        (PropertyType.StringList, IEnumerable<object?> list) => list.Select(Neo4jValues.AsString).Cast<object?>().ToList(),
        _ => value,
    };
}
