using GovGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// The SQLite side of <see cref="BatchReferences"/> (the one walk both stores use): a batch may point at a
/// node it does not list only when the store already holds it (a taxonomy concept, say); anything else is a
/// broken batch, refused before a row is written so the transaction rolls back whole.
/// </summary>
internal static class StoredReferences
{
    /// <summary>
    /// The (label, id) pairs the document supports: every node it lists and every node its facts reach.
    /// Throws when a fact points at a node neither the batch nor the store holds under that label.
    /// </summary>
    public static HashSet<(string Label, string Id)> CheckedSupportedNodes(GraphBatch batch, Func<string, string, bool> storeHas)
    {
        foreach (var reference in BatchReferences.Unlisted(batch))
        {
            if (!storeHas(reference.Label, reference.Id))
            {
                throw new InvalidOperationException(
                    $"Document {batch.Document.Id}: {reference.From} points at {reference.Label} '{reference.Id}', which the batch does not list and the store does not hold.");
            }
        }
        return BatchReferences.SupportedNodes(batch);
    }

    public static string TableOf(string label) => label switch
    {
        NodeLabels.Concept => "concept",
        NodeLabels.Person => "person",
        NodeLabels.Organization => "organization",
        NodeLabels.Place => "place",
        NodeLabels.Country => "country",
        NodeLabels.Event => "event",
        NodeLabels.EventSeries => "event_series",
        NodeLabels.Document => "document",
        NodeLabels.Statement => "statement",
        _ => throw new InvalidOperationException($"Unknown node label '{label}'."),
    };

    /// <summary>Whether the store holds a node under the label; used by <see cref="CheckedSupportedNodes"/>.</summary>
    public static Func<string, string, bool> StoreLookup(PreparedCommands commands, SqliteTransaction transaction) =>
        (label, id) => commands.Get($"SELECT 1 FROM {TableOf(label)} WHERE id = $id", transaction).Bind("$id", id).ExecuteScalar() is not null;
}
