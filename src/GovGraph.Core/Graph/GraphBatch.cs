namespace GovGraph.Core.Graph;

/// <summary>
/// Everything one document contributes to the graph, written by a store in one transaction.
/// Nodes listed here are the ones the facts point at (a store upserts them); a store removes a
/// non-taxonomy node when no document supports it any more.
/// </summary>
public sealed record GraphBatch
{
    public required DocumentNode Document { get; init; }
    /// <summary>The path (or upload key) the document was read from; replacing the content at the same path replaces its facts.</summary>
    public required string SourceKey { get; init; }
    public IReadOnlyList<ConceptNode> Concepts { get; init; } = [];
    public IReadOnlyList<PersonNode> People { get; init; } = [];
    public IReadOnlyList<OrganizationNode> Organizations { get; init; } = [];
    public IReadOnlyList<PlaceNode> Places { get; init; } = [];
    /// <summary>The countries the document's people are from and the one it speaks for (known codes only).</summary>
    public IReadOnlyList<CountryNode> Countries { get; init; } = [];
    public IReadOnlyList<EventNode> Events { get; init; } = [];
    public IReadOnlyList<EventSeriesNode> EventSeries { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    public IReadOnlyList<StatementFact> Statements { get; init; } = [];
    public IReadOnlyList<SpokeAtFact> SpokeAt { get; init; } = [];
    public IReadOnlyList<FirstProposedAtFact> FirstProposedAt { get; init; } = [];
    public IReadOnlyList<DocumentLink> Links { get; init; } = [];
}
