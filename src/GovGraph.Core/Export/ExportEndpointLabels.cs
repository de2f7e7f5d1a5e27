using GovGraph.Core.Graph;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Export;

/// <summary>
/// The labels of a relationship's endpoints, which <see cref="ExportRelationship"/> does not carry. Every
/// type but MENTIONS fixes both labels; a MENTIONS target's label is remembered from its node line, which
/// an export always writes first. Only nodes that can be a MENTIONS target are remembered (not documents
/// or statements, the numerous ones), so memory follows the vocabulary, not the corpus.
/// </summary>
public sealed class ExportEndpointLabels
{
    private static readonly Dictionary<string, (string Start, string? End)> Fixed = new(StringComparer.Ordinal)
    {
        [RelationshipTypes.Mentions] = (NodeLabels.Document, null),
        [RelationshipTypes.ReportsOn] = (NodeLabels.Document, NodeLabels.Event),
        [RelationshipTypes.PublishedBy] = (NodeLabels.Document, NodeLabels.Organization),
        [RelationshipTypes.SpokeAt] = (NodeLabels.Person, NodeLabels.Event),
        [RelationshipTypes.Made] = (NodeLabels.Person, NodeLabels.Statement),
        [RelationshipTypes.About] = (NodeLabels.Statement, NodeLabels.Concept),
        [RelationshipTypes.In] = (NodeLabels.Statement, NodeLabels.Document),
        [RelationshipTypes.At] = (NodeLabels.Statement, NodeLabels.Event),
        [RelationshipTypes.Advocates] = (NodeLabels.Person, NodeLabels.Concept),
        [RelationshipTypes.Opposes] = (NodeLabels.Person, NodeLabels.Concept),
        [RelationshipTypes.CoOccursWith] = (NodeLabels.Concept, NodeLabels.Concept),
        [RelationshipTypes.Broader] = (NodeLabels.Concept, NodeLabels.Concept),
        [RelationshipTypes.EditionOf] = (NodeLabels.Event, NodeLabels.EventSeries),
        [RelationshipTypes.HeldIn] = (NodeLabels.Event, NodeLabels.Place),
        [RelationshipTypes.FirstProposedAt] = (NodeLabels.Concept, NodeLabels.Event),
    };

    private readonly Dictionary<string, IReadOnlyList<string>> _targets = new(StringComparer.Ordinal);

    /// <summary>Call for every node line, in order.</summary>
    public void Remember(ExportNode node)
    {
        if (!node.Labels.Contains(NodeLabels.Document) && !node.Labels.Contains(NodeLabels.Statement))
        {
            _targets[node.Id] = node.Labels;
        }
    }

    public IReadOnlyList<string> StartLabels(ExportRelationship relationship) =>
        Fixed.TryGetValue(relationship.Type, out var labels) ? [labels.Start] : Remembered(relationship.StartId, relationship);

    public IReadOnlyList<string> EndLabels(ExportRelationship relationship) =>
        Fixed.TryGetValue(relationship.Type, out var labels) && labels.End is not null ? [labels.End] : Remembered(relationship.EndId, relationship);

    private IReadOnlyList<string> Remembered(string id, ExportRelationship relationship) =>
        _targets.TryGetValue(id, out var labels)
            ? labels
            : throw new InvalidOperationException($"Relationship {relationship.Id} points at node '{id}', which the export did not list before it.");
}
