using GovGraph.Core.Graph;
using GovGraph.Core.Storage;

namespace GovGraph.Core.Export;

/// <summary>
/// The labels of a relationship's endpoints, which <see cref="ExportRelationship"/> does not carry. The graph
/// model fixes both labels of most types; a MENTIONS or SUPPORTS target's label is remembered from its node
/// line, which an export always writes first. Only nodes that can be such a target are remembered (not
/// documents, statements or bookkeeping, the numerous ones), so memory follows the vocabulary, not the corpus.
/// </summary>
public sealed class ExportEndpointLabels
{
    /// <summary>Per type, the start and end label when the model fixes it (one label), else null: remembered from the node lines.</summary>
    private static readonly Dictionary<string, (string? Start, string? End)> Fixed = GraphModel.Relationships.ToDictionary(
        r => r.Type, r => (r.Start is [var start] ? start : null, r.End is [var end] ? end : null), StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyList<string>> _targets = new(StringComparer.Ordinal);

    /// <summary>Call for every node line, in order.</summary>
    public void Remember(ExportNode node)
    {
        if (!node.Labels.Contains(NodeLabels.Document) && !node.Labels.Contains(NodeLabels.Statement) && !(GraphModel.IsLabel(node.Labels[0]) && GraphModel.Label(node.Labels[0]).Bookkeeping))
        {
            _targets[node.Id] = node.Labels;
        }
    }

    public IReadOnlyList<string> StartLabels(ExportRelationship relationship) =>
        Fixed.TryGetValue(relationship.Type, out var labels) && labels.Start is not null ? [labels.Start] : Remembered(relationship.StartId, relationship);

    public IReadOnlyList<string> EndLabels(ExportRelationship relationship) =>
        Fixed.TryGetValue(relationship.Type, out var labels) && labels.End is not null ? [labels.End] : Remembered(relationship.EndId, relationship);

    private IReadOnlyList<string> Remembered(string id, ExportRelationship relationship) =>
        _targets.TryGetValue(id, out var labels)
            ? labels
            : throw new InvalidOperationException($"Relationship {relationship.Id} points at node '{id}', which the export did not list before it.");
}
