namespace GovGraph.Core.Graph;

/// <summary>
/// The graph model, written once: every label with its typed properties and key, every relationship type with
/// its endpoint labels and typed properties. Both stores' export shapes, the neo4j-import headers, the Cypher
/// export's statements and the Cypher lint vocabulary are made from this, so adding a property to a label is
/// one line here (plus the schema files and the docs), not an edit in each store.
/// </summary>
public static class GraphModel
{
    // Shorthands that keep the table below readable.
    private static GraphProperty S(string name) => new(name, PropertyType.String);
    private static GraphProperty I(string name) => new(name, PropertyType.Int);
    private static GraphProperty L(string name) => new(name, PropertyType.StringList);
    private static GraphProperty Set(string name) => new(name, PropertyType.StringSet);
    private static GraphProperty Kept(GraphProperty property) => property with { Scope = PropertyScope.Store };

    private static readonly string[] MentionTargets =
        [NodeLabels.Concept, NodeLabels.Person, NodeLabels.Organization, NodeLabels.Place, NodeLabels.Event];

    /// <summary>Every label: the model's (DESIGN.md's order), then the worker's bookkeeping.</summary>
    public static IReadOnlyList<GraphLabel> Labels { get; } =
    [
        new(NodeLabels.Document, [S("id"), S("title"), S("caption"), S("uri"), S("source"), S("language"), S("published"), S("country"), S("ingestedAt"),
            S("extractorVersion"), I("length"), Kept(S("sourceKey")), Kept(S("text"))]),
        new(NodeLabels.Concept, [S("id"), S("name"), S("nameZh"), S("category"), S("definition"), S("status"), L("aliases"), L("exactMatch"), L("closeMatch"), L("broadMatch"), Kept(S("search"))]),
        new(NodeLabels.Person, [S("id"), S("name"), S("nameZh"), L("aliases"), L("titles"), S("country"), Kept(S("search"))]),
        new(NodeLabels.Organization, [S("id"), S("name"), S("nameZh")]),
        new(NodeLabels.Place, [S("id"), S("name"), S("nameZh"), S("country")]),
        new(NodeLabels.Country, [S("id"), S("name"), S("nameZh")]),
        new(NodeLabels.Event, [S("id"), S("name"), S("series"), I("edition"), I("year"), S("date"), S("place")]),
        new(NodeLabels.EventSeries, [S("id"), S("name"), S("acronym")]),
        new(NodeLabels.Statement, [S("id"), S("verb"), S("stance"), S("quote"), S("documentId"), I("start"), I("end"),
            Kept(I("sentenceStart")), Kept(I("sentenceEnd"))]),
        new(BookkeepingLabels.SourceFile, [S("sourceKey"), S("contentHash"), S("status"), I("attempts"), S("documentId"), S("error"), S("updatedAt"),
            new("fileLength", PropertyType.Long), new("fileModified", PropertyType.Long), new("fileChanged", PropertyType.Long)],
            Key: "sourceKey", Bookkeeping: true),
        new(BookkeepingLabels.DeadLetter, [new("seq", PropertyType.Long), S("sourceKey"), S("reason"), S("contentHash"), I("attempts"), S("failedAt")],
            Key: "seq", Bookkeeping: true),
        new(BookkeepingLabels.CandidateReview, [S("candidateId"), S("name"), S("decision"), S("mergeInto"), S("category"), S("nameZh"),
            S("definition"), L("broader"), S("decidedAt")], Key: "candidateId", Bookkeeping: true),
    ];

    /// <summary>Every relationship type, sorted by type (the export's order).</summary>
    public static IReadOnlyList<GraphRelationship> Relationships { get; } = new GraphRelationship[]
    {
        new(RelationshipTypes.Mentions, [NodeLabels.Document], MentionTargets, [I("count"), new("spans", PropertyType.Spans)]),
        new(RelationshipTypes.ReportsOn, [NodeLabels.Document], [NodeLabels.Event], []),
        new(RelationshipTypes.PublishedBy, [NodeLabels.Document], [NodeLabels.Organization], []),
        new(RelationshipTypes.SpokeAt, [NodeLabels.Person], [NodeLabels.Event], [S("date"), S("mode"), Kept(Set("documents")), Kept(Set("evidence"))]),
        // A body that issues a policy document makes its statements; ADVOCATES and OPPOSES stay people's (DESIGN.md).
        new(RelationshipTypes.Made, [NodeLabels.Person, NodeLabels.Organization], [NodeLabels.Statement], []),
        new(RelationshipTypes.About, [NodeLabels.Statement], [NodeLabels.Concept], []),
        new(RelationshipTypes.In, [NodeLabels.Statement], [NodeLabels.Document], []),
        new(RelationshipTypes.At, [NodeLabels.Statement], [NodeLabels.Event], []),
        new(RelationshipTypes.Advocates, [NodeLabels.Person], [NodeLabels.Concept], [I("weight")]),
        new(RelationshipTypes.Opposes, [NodeLabels.Person], [NodeLabels.Concept], [I("weight")]),
        new(RelationshipTypes.CoOccursWith, [NodeLabels.Concept], [NodeLabels.Concept], [I("weight"), I("documents")]),
        new(RelationshipTypes.Broader, [NodeLabels.Concept], [NodeLabels.Concept], []),
        new(RelationshipTypes.EditionOf, [NodeLabels.Event], [NodeLabels.EventSeries], []),
        new(RelationshipTypes.HeldIn, [NodeLabels.Event], [NodeLabels.Place], []),
        new(RelationshipTypes.FirstProposedAt, [NodeLabels.Concept], [NodeLabels.Event], [Kept(Set("documents")), Kept(Set("evidence"))]),
        // Countries are facts: a person's country and the country a document speaks for, so stances group by a node.
        new(RelationshipTypes.From, [NodeLabels.Person], [NodeLabels.Country], []),
        new(RelationshipTypes.SpeaksFor, [NodeLabels.Document], [NodeLabels.Country], []),
        new(BookkeepingLabels.Supports, [NodeLabels.Document], [.. MentionTargets, NodeLabels.EventSeries, NodeLabels.Country], [], Bookkeeping: true),
    }.OrderBy(r => r.Type, StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, GraphLabel> ByLabel = Labels.ToDictionary(l => l.Name, StringComparer.Ordinal);
    private static readonly Dictionary<string, GraphRelationship> ByType = Relationships.ToDictionary(r => r.Type, StringComparer.Ordinal);

    public static GraphLabel Label(string name) =>
        ByLabel.TryGetValue(name, out var label) ? label : throw new InvalidOperationException($"'{name}' is not a label of the graph model.");

    public static GraphRelationship Relationship(string type) =>
        ByType.TryGetValue(type, out var relationship) ? relationship : throw new InvalidOperationException($"'{type}' is not a relationship type of the graph model.");

    public static bool IsLabel(string name) => ByLabel.ContainsKey(name);

    public static bool IsRelationshipType(string type) => ByType.ContainsKey(type);

    /// <summary>Every property key any label or relationship type has.</summary>
    public static IReadOnlyList<string> PropertyKeys { get; } =
        [.. Labels.SelectMany(l => l.Properties).Concat(Relationships.SelectMany(r => r.Properties)).Select(p => p.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>The label a document link of this type points at (REPORTS_ON: Event; PUBLISHED_BY: Organization; SPEAKS_FOR: Country); anything else is not a document link.</summary>
    public static string DocumentLinkTarget(string type) =>
        ByType.TryGetValue(type, out var r) && !r.Bookkeeping && r.Start is [NodeLabels.Document] && r.End is [var end] && end != NodeLabels.Document && r.Properties.Count == 0
            ? end
            : throw new InvalidOperationException($"'{type}' is not a document link type of the graph model (REPORTS_ON, PUBLISHED_BY, SPEAKS_FOR).");

    /// <summary>Lower-cased name, Chinese name and aliases, one per line: what concept and person search matches substrings in (the stored `search` key).</summary>
    public static string SearchKey(string name, string? nameZh, IEnumerable<string> aliases) =>
        string.Join('\n', new[] { name, nameZh }.Concat(aliases).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!.ToLowerInvariant()));
}

/// <summary>The worker's and the stores' own labels and types, kept in the same database as the graph.</summary>
public static class BookkeepingLabels
{
    public const string SourceFile = "SourceFile";
    public const string DeadLetter = "DeadLetter";

    /// <summary>An analyst's decision on a candidate concept, kept per store (CandidateReview in Core.Review).</summary>
    public const string CandidateReview = "CandidateReview";

    /// <summary>(Document)-[:SUPPORTS]->(node): which documents keep a node alive (the SQLite store's document_node).</summary>
    public const string Supports = "SUPPORTS";
}

public enum PropertyType
{
    String,
    /// <summary>A 32-bit integer (offsets, counts, editions); Neo4j reads it back as a long.</summary>
    Int,
    Long,
    Boolean,
    StringList,
    /// <summary>A list whose order carries no meaning (the documents behind a shared edge): exported sorted, so both stores agree.</summary>
    StringSet,
    /// <summary>Evidence spans: "start,end,sentenceStart,sentenceEnd;…" in the stores; a list of "start-end" in the analysts' exports.</summary>
    Spans,
}

/// <summary>
/// Model properties are the graph an analyst reads (DESIGN.md; the APOC JSON and GraphML exports). Store
/// properties are what the stores keep beside them so their queries work (search keys, document text, the
/// documents and spans behind a shared edge); the store-faithful exports (neo4j-import, cypher) carry them too.
/// </summary>
public enum PropertyScope
{
    Model,
    Store,
}

public sealed record GraphProperty(string Name, PropertyType Type, PropertyScope Scope = PropertyScope.Model);

/// <summary>A label, its key property (unique per label) and its properties in a fixed order.</summary>
public sealed record GraphLabel(string Name, IReadOnlyList<GraphProperty> Properties, string Key = "id", bool Bookkeeping = false)
{
    public GraphProperty Property(string name) =>
        Properties.FirstOrDefault(p => p.Name == name) ?? throw new InvalidOperationException($"{Name} has no property '{name}'.");
}

/// <summary>A relationship type: the labels it may start and end at, and its properties.</summary>
public sealed record GraphRelationship(string Type, IReadOnlyList<string> Start, IReadOnlyList<string> End, IReadOnlyList<GraphProperty> Properties, bool Bookkeeping = false);
