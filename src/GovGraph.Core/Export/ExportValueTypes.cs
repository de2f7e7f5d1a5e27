using GovGraph.Core.Graph;

namespace GovGraph.Core.Export;

/// <summary>The GraphML attribute type of an analyst-view property: the model's type where it names the key, else the value's.</summary>
internal static class ExportValueTypes
{
    private static readonly Dictionary<string, PropertyType> ModelTypes = GraphModel.Labels.SelectMany(l => l.Properties)
        .Concat(GraphModel.Relationships.SelectMany(r => r.Properties))
        .Where(p => p.Scope == PropertyScope.Model)
        .GroupBy(p => p.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);

    public static string GraphMl(string key, object? value) =>
        ModelTypes.TryGetValue(key, out var type)
            ? type switch
            {
                PropertyType.Int => "int",
                PropertyType.Long => "long",
                PropertyType.Boolean => "boolean",
                _ => "string",
            }
            : value switch
            {
                int or short => "int",
                long => "long",
                double or float or decimal => "double",
                bool => "boolean",
                _ => "string",
            };
}
