using GovGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Every node a batch's facts point at, with the label it must carry. A batch may point at a node it does
/// not list only when the store already holds it (a taxonomy concept, say); anything else is a broken
/// batch, refused before a row is written so the transaction rolls back whole.
/// </summary>
internal static class BatchReferences
{
    /// <summary>
    /// The (label, id) pairs the document supports: every node it lists and every node its facts reach.
    /// Throws when a fact points at a node neither the batch nor the store holds under that label.
    /// </summary>
    public static HashSet<(string Label, string Id)> CheckedSupportedNodes(GraphBatch batch, Func<string, string, bool> storeHas)
    {
        var nodes = Listed(batch);
        foreach (var reference in References(batch))
        {
            // A reference the batch lists, or one an earlier reference already checked against the store, passes.
            if (nodes.Contains((reference.Label, reference.Id)))
            {
                continue;
            }
            if (!storeHas(reference.Label, reference.Id))
            {
                throw new InvalidOperationException(
                    $"Document {batch.Document.Id}: {reference.From} points at {reference.Label} '{reference.Id}', which the batch does not list and the store does not hold.");
            }
            nodes.Add((reference.Label, reference.Id));
        }
        return nodes;
    }

    private static HashSet<(string Label, string Id)> Listed(GraphBatch batch)
    {
        var nodes = new HashSet<(string, string)>();
        nodes.UnionWith(batch.Concepts.Select(c => (NodeLabels.Concept, c.Id)));
        nodes.UnionWith(batch.People.Select(p => (NodeLabels.Person, p.Id)));
        nodes.UnionWith(batch.Organizations.Select(o => (NodeLabels.Organization, o.Id)));
        nodes.UnionWith(batch.Places.Select(p => (NodeLabels.Place, p.Id)));
        nodes.UnionWith(batch.EventSeries.Select(s => (NodeLabels.EventSeries, s.Id)));
        nodes.UnionWith(batch.Events.Select(e => (NodeLabels.Event, e.Id)));
        return nodes;
    }

    public static string TableOf(string label) => label switch
    {
        NodeLabels.Concept => "concept",
        NodeLabels.Person => "person",
        NodeLabels.Organization => "organization",
        NodeLabels.Place => "place",
        NodeLabels.Event => "event",
        NodeLabels.EventSeries => "event_series",
        NodeLabels.Document => "document",
        NodeLabels.Statement => "statement",
        _ => throw new InvalidOperationException($"Unknown node label '{label}'."),
    };

    private readonly record struct Reference(string Label, string Id, string From);

    private static IEnumerable<Reference> References(GraphBatch batch)
    {
        foreach (var mention in batch.Mentions)
        {
            if (mention.TargetLabel is NodeLabels.Document or NodeLabels.Statement or NodeLabels.EventSeries)
            {
                throw new InvalidOperationException($"Document {batch.Document.Id}: a mention cannot point at a {mention.TargetLabel}.");
            }
            yield return new(mention.TargetLabel, mention.TargetId, "a mention");
        }
        foreach (var statement in batch.Statements)
        {
            var from = $"statement {statement.Id}";
            yield return new(NodeLabels.Person, statement.PersonId, from);
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
            yield return new(NodeLabels.Person, spoke.PersonId, "SPOKE_AT");
            yield return new(NodeLabels.Event, spoke.EventId, "SPOKE_AT");
        }
        foreach (var proposed in batch.FirstProposedAt)
        {
            yield return new(NodeLabels.Concept, proposed.ConceptId, "FIRST_PROPOSED_AT");
            yield return new(NodeLabels.Event, proposed.EventId, "FIRST_PROPOSED_AT");
        }
        foreach (var link in batch.Links)
        {
            var label = link.Type switch
            {
                RelationshipTypes.ReportsOn => NodeLabels.Event,
                RelationshipTypes.PublishedBy => NodeLabels.Organization,
                _ => throw new InvalidOperationException($"Document {batch.Document.Id}: unknown document link type '{link.Type}'."),
            };
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

    /// <summary>Whether the store holds a node under the label; used by <see cref="CheckedSupportedNodes"/>.</summary>
    public static Func<string, string, bool> StoreLookup(PreparedCommands commands, SqliteTransaction transaction) =>
        (label, id) => commands.Get($"SELECT 1 FROM {TableOf(label)} WHERE id = $id", transaction).Bind("$id", id).ExecuteScalar() is not null;
}
