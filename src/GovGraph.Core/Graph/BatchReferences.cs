namespace GovGraph.Core.Graph;

/// <summary>
/// Which nodes a batch references, walked once for both stores: the nodes it lists and the nodes its facts
/// point at, each with the label it must carry. One rule for what a batch may not say: a mention of a label
/// that no MENTIONS edge may reach, or a document link of a type that is not one, refuses the whole batch
/// (both stores refuse before writing a row, so the transaction rolls back whole).
/// </summary>
public static class BatchReferences
{
    /// <summary>A node a fact points at, and which fact, for the error that names it.</summary>
    public readonly record struct Reference(string Label, string Id, string From);

    /// <summary>The nodes the batch lists itself (it carries their properties), sorted.</summary>
    public static SortedSet<(string Label, string Id)> Listed(GraphBatch batch) => [.. ListedNodes(batch)];

    // Membership only: a hash set, ordinal. The sorted sets compared (string, string) tuples culture-sensitively,
    // on every insert and lookup (the SQLite writer at 50 MB: a tenth of its CPU in CompareInfo.Compare).
    private static HashSet<(string Label, string Id)> ListedNodes(GraphBatch batch)
    {
        var nodes = new HashSet<(string Label, string Id)>();
        nodes.UnionWith(batch.Concepts.Select(c => (NodeLabels.Concept, c.Id)));
        nodes.UnionWith(batch.People.Select(p => (NodeLabels.Person, p.Id)));
        nodes.UnionWith(batch.Organizations.Select(o => (NodeLabels.Organization, o.Id)));
        nodes.UnionWith(batch.Places.Select(p => (NodeLabels.Place, p.Id)));
        nodes.UnionWith(batch.Countries.Select(c => (NodeLabels.Country, c.Id)));
        nodes.UnionWith(batch.EventSeries.Select(s => (NodeLabels.EventSeries, s.Id)));
        nodes.UnionWith(batch.Events.Select(e => (NodeLabels.Event, e.Id)));
        return nodes;
    }

    /// <summary>Every node the batch's facts point at, in the batch's order; throws on a reference the model does not allow.</summary>
    public static IEnumerable<Reference> References(GraphBatch batch)
    {
        var mentionable = GraphModel.Relationship(RelationshipTypes.Mentions).End;
        foreach (var mention in batch.Mentions)
        {
            if (!mentionable.Contains(mention.TargetLabel))
            {
                throw new InvalidOperationException($"Document {batch.Document.Id}: a mention cannot point at a {mention.TargetLabel}.");
            }
            yield return new(mention.TargetLabel, mention.TargetId, "a mention");
        }
        foreach (var statement in batch.Statements)
        {
            var from = $"statement {statement.Id}";
            yield return new(statement.SpeakerLabel, statement.PersonId, from);
            foreach (var concept in statement.ConceptIds)
            {
                yield return new(NodeLabels.Concept, concept, from);
            }
            if (statement.EventId is not null)
            {
                yield return new(NodeLabels.Event, statement.EventId, from);
            }
        }
        foreach (var spoke in batch.SpokeAt)
        {
            yield return new(NodeLabels.Person, spoke.PersonId, RelationshipTypes.SpokeAt);
            yield return new(NodeLabels.Event, spoke.EventId, RelationshipTypes.SpokeAt);
        }
        foreach (var proposed in batch.FirstProposedAt)
        {
            yield return new(NodeLabels.Concept, proposed.ConceptId, RelationshipTypes.FirstProposedAt);
            yield return new(NodeLabels.Event, proposed.EventId, RelationshipTypes.FirstProposedAt);
        }
        foreach (var link in batch.Links)
        {
            string label;
            try
            {
                label = GraphModel.DocumentLinkTarget(link.Type);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"Document {batch.Document.Id}: unknown document link type '{link.Type}'.", e);
            }
            yield return new(label, link.TargetId, link.Type);
        }
        foreach (var @event in batch.Events)
        {
            if (@event.Series is not null)
            {
                yield return new(NodeLabels.EventSeries, @event.Series, $"event {@event.Id}");
            }
            if (@event.Place is not null)
            {
                yield return new(NodeLabels.Place, @event.Place, $"event {@event.Id}");
            }
        }
    }

    /// <summary>Every node the document supports (keeps alive): the listed ones and every one its facts reach, sorted.</summary>
    public static SortedSet<(string Label, string Id)> Supported(GraphBatch batch) => [.. SupportedNodes(batch)];

    /// <summary>The nodes of <see cref="Supported"/>, unordered: for a store that needs the set, not its order.</summary>
    public static HashSet<(string Label, string Id)> SupportedNodes(GraphBatch batch)
    {
        var nodes = ListedNodes(batch);
        nodes.UnionWith(References(batch).Select(r => (r.Label, r.Id)));
        return nodes;
    }

    /// <summary>References to nodes the batch does not list, first occurrence each: the store must already hold them.</summary>
    public static List<Reference> Unlisted(GraphBatch batch)
    {
        var listed = ListedNodes(batch);
        var seen = new HashSet<(string, string)>();
        return [.. References(batch).Where(r => !listed.Contains((r.Label, r.Id)) && seen.Add((r.Label, r.Id)))];
    }
}
