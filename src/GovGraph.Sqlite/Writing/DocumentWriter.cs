using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Writes and removes one document's facts inside the caller's transaction, with its derived counts and
/// the garbage collection of nodes nothing supports any more. Holds the writer connection's prepared commands.
/// </summary>
internal sealed partial class DocumentWriter(PreparedCommands commands, Func<GraphBatch, CompressedText> compressedText)
{
    private readonly NodeUpserts _nodes = new(commands, remember: true);
    private readonly DerivedCounts _derived = new(commands);

    // Nodes a batch pointed at without listing them (taxonomy concepts, mostly) that the store was found to hold:
    // most documents point at the same ones. Forgotten whenever node rows may have changed, as the node cache is.
    private readonly HashSet<(string Label, string Id)> _stored = [];
    private const int StoredCapacity = 200_000;

    // Nodes are collected in this order so an event goes before the series and place it points at.
    private static readonly string[] CollectionOrder =
        [NodeLabels.Event, NodeLabels.Concept, NodeLabels.Person, NodeLabels.Organization, NodeLabels.EventSeries, NodeLabels.Place, NodeLabels.Country];

    public DerivedCounts Derived => _derived;

    /// <summary>
    /// Call when node rows may have changed other than through <see cref="Write"/>: a rolled-back write,
    /// a taxonomy change, another connection's commit. Removals call it themselves.
    /// </summary>
    public void ForgetWrittenNodes()
    {
        _nodes.ForgetWritten();
        _stored.Clear();
    }

    public WriteOutcome Write(GraphBatch batch, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var document = batch.Document;
        var (storedVersion, storedSource) = StoredVersionOf(document.Id, transaction);
        // The same text from two files (a report and the JSONL line it was cut from) is one document, and the
        // file whose key sorts first makes its facts, whatever order they arrive in: its manifest row (the
        // speaker, the event) would otherwise win or lose by which parse finished first.
        var earlierSource = storedSource is not null && string.CompareOrdinal(batch.SourceKey, storedSource) < 0;
        if (storedVersion == document.ExtractorVersion && !earlierSource)
        {
            return WriteOutcome.Unchanged;
        }
        var replaced = DocumentsUnder(batch.SourceKey, transaction);
        if (storedVersion is not null && !replaced.Contains(document.Id))
        {
            // Same content, facts from an older extractor or a later file: replace them, so upgrading the
            // rules and ingesting again brings the graph up to date.
            replaced.Add(document.Id);
        }
        foreach (var previous in replaced)
        {
            Remove(previous, transaction);
        }
        cancellationToken.ThrowIfCancellationRequested();
        CheckSpans(batch);
        var supported = StoredReferences.CheckedSupportedNodes(batch, StoredRemembered(StoredReferences.StoreLookup(commands, transaction)));
        _nodes.Upsert(batch, transaction);
        InsertDocument(batch, transaction);
        var publishedKey = document.Published ?? "";
        var mentions = InsertMentions(batch, publishedKey, transaction);
        InsertStatements(batch, publishedKey, transaction);
        InsertEventFacts(batch, transaction);
        using (var nodes = new JsonRows())
        {
            foreach (var (label, id) in supported)
            {
                nodes.Add(label, id);
            }
            commands.Get("""
                INSERT INTO document_node (label, node_id, document_id)
                SELECT value ->> 0, value ->> 1, $doc FROM jsonb_each(CAST($rows AS TEXT))
                """, transaction).Bind("$rows", nodes.ToUtf8()).Bind("$doc", document.Id).ExecuteNonQuery();
        }
        cancellationToken.ThrowIfCancellationRequested();
        _derived.AddWritten(batch, mentions, publishedKey, supported);
        return replaced.Count > 0 ? WriteOutcome.Replaced : WriteOutcome.New;
    }

    /// <summary>Removes the document, its facts and their contribution to the derived tables; false when absent.</summary>
    public bool Remove(string documentId, SqliteTransaction transaction)
    {
        if (!Exists(documentId, transaction))
        {
            return false;
        }
        // Collecting unsupported nodes below deletes rows the node cache may hold.
        ForgetWrittenNodes();
        _derived.Remove(documentId, transaction);
        var supported = new List<(string Label, string Id)>();
        using (var reader = commands.Get("SELECT label, node_id FROM document_node WHERE document_id = $doc", transaction).Bind("$doc", documentId).ExecuteReader())
        {
            while (reader.Read())
            {
                supported.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        // statement_about is reached through its statements: its rows are keyed by statement, not document.
        commands.Get("DELETE FROM statement_about WHERE statement_id IN (SELECT id FROM statement WHERE document_id = $doc)", transaction)
            .Bind("$doc", documentId).ExecuteNonQuery();
        foreach (var table in (ReadOnlySpan<string>)["statement", "mention", "spoke_at", "first_proposed_at", "document_link", "document_node", "document_text"])
        {
            commands.Get($"DELETE FROM {table} WHERE document_id = $doc", transaction).Bind("$doc", documentId).ExecuteNonQuery();
        }
        commands.Get("DELETE FROM document WHERE id = $doc", transaction).Bind("$doc", documentId).ExecuteNonQuery();
        CollectUnsupported(supported, transaction);
        return true;
    }

    /// <summary>Removes nodes from the list that no document supports any more; taxonomy concepts stay.</summary>
    public void CollectUnsupported(IEnumerable<(string Label, string Id)> nodes, SqliteTransaction transaction)
    {
        foreach (var (label, id) in nodes.OrderBy(n => Array.IndexOf(CollectionOrder, n.Label)).ThenBy(n => n.Id, StringComparer.Ordinal))
        {
            var stillSupported = commands.Get("SELECT 1 FROM document_node WHERE label = $label AND node_id = $id LIMIT 1", transaction)
                .Bind("$label", label).Bind("$id", id).ExecuteScalar() is not null;
            if (stillSupported)
            {
                continue;
            }
            var sql = label == NodeLabels.Concept
                ? "DELETE FROM concept WHERE id = $id AND status = 'candidate'"
                : $"DELETE FROM {StoredReferences.TableOf(label)} WHERE id = $id";
            commands.Get(sql, transaction).Bind("$id", id).ExecuteNonQuery();
        }
    }

    private Func<string, string, bool> StoredRemembered(Func<string, string, bool> storeHas) => (label, id) =>
    {
        if (_stored.Contains((label, id)))
        {
            return true;
        }
        if (!storeHas(label, id))
        {
            return false;
        }
        if (_stored.Count >= StoredCapacity)
        {
            _stored.Clear();
        }
        _stored.Add((label, id));
        return true;
    };

    private (string? Version, string? SourceKey) StoredVersionOf(string documentId, SqliteTransaction transaction)
    {
        using var reader = commands.Get("SELECT extractor_version, source_key FROM document WHERE id = $id", transaction).Bind("$id", documentId).ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : (null, null);
    }

    private bool Exists(string documentId, SqliteTransaction transaction) =>
        commands.Get("SELECT 1 FROM document WHERE id = $id", transaction).Bind("$id", documentId).ExecuteScalar() is not null;

    private List<string> DocumentsUnder(string sourceKey, SqliteTransaction transaction)
    {
        var ids = new List<string>();
        using var reader = commands.Get("SELECT id FROM document WHERE source_key = $key ORDER BY id", transaction).Bind("$key", sourceKey).ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
