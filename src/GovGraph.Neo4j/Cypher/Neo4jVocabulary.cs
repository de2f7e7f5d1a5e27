using GovGraph.Core.Graph;

namespace GovGraph.Neo4j.Cypher;

/// <summary>
/// Every label, relationship type and property key the store's Cypher may use, made from
/// <see cref="GraphModel"/> (the model and the stores' bookkeeping). The Cypher lint builds its DbSchema from
/// this, so a misspelt name in any statement is a lint warning, and a new name enters through the model.
/// </summary>
public static class Neo4jVocabulary
{
    public static IReadOnlyList<string> Labels { get; } = [.. GraphModel.Labels.Select(l => l.Name)];

    public static IReadOnlyList<string> RelationshipTypes { get; } = [.. GraphModel.Relationships.Select(r => r.Type)];

    /// <summary>Properties stored on nodes and relationships.</summary>
    public static IReadOnlyList<string> PropertyKeys => GraphModel.PropertyKeys;

    /// <summary>Keys of the parameter rows and result maps the statements read and build (the linter sees row.key as a property access).</summary>
    public static IReadOnlyList<string> RowKeys { get; } =
    [
        "label", "type", "broader", "personId", "conceptId", "eventId", "conceptIds", "key",
    ];
}
