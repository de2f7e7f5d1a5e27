using GovGraph.Core.Graph;

namespace GovGraph.Neo4j.Cypher;

/// <summary>
/// Every label, relationship type and property key the store's Cypher may use: the graph model of DESIGN.md
/// plus the Neo4j store's bookkeeping. The Cypher lint builds its DbSchema from this, so a misspelt name in any
/// statement is a lint warning, and a new name has to be added here on purpose.
/// </summary>
public static class Neo4jVocabulary
{
    /// <summary>The worker's bookkeeping nodes, kept in the same database.</summary>
    public const string SourceFile = "SourceFile";
    public const string DeadLetter = "DeadLetter";

    /// <summary>(Document)-[:SUPPORTS]->(node): which documents keep a node alive (the SQLite store's document_node).</summary>
    public const string Supports = "SUPPORTS";

    public static IReadOnlyList<string> Labels { get; } = [.. NodeLabels.All, SourceFile, DeadLetter];

    public static IReadOnlyList<string> RelationshipTypes { get; } = [.. Core.Graph.RelationshipTypes.All, Supports];

    /// <summary>Properties stored on nodes and relationships.</summary>
    public static IReadOnlyList<string> PropertyKeys { get; } =
    [
        "id", "title", "uri", "source", "language", "published", "ingestedAt", "extractorVersion", "length", "text", "sourceKey",
        "name", "nameZh", "category", "definition", "status", "aliases", "search", "titles", "country",
        "series", "edition", "year", "date", "place", "acronym",
        "verb", "stance", "quote", "documentId", "start", "end", "sentenceStart", "sentenceEnd",
        "count", "spans", "documents", "evidence", "mode", "weight",
        "contentHash", "attempts", "error", "updatedAt", "seq", "reason", "failedAt", "fileLength", "fileModified", "fileChanged",
    ];

    /// <summary>Keys of the parameter rows and result maps the statements read and build (the linter sees row.key as a property access).</summary>
    public static IReadOnlyList<string> RowKeys { get; } =
    [
        "label", "type", "broader", "personId", "conceptId", "eventId", "conceptIds", "key",
    ];
}
