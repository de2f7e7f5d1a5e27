using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Writes and removes one document's facts inside the caller's transaction, with its derived counts and
/// the garbage collection of nodes nothing supports any more. Holds the writer connection's prepared commands.
/// </summary>
internal sealed class DocumentWriter(PreparedCommands commands, Func<GraphBatch, byte[]> compressedText)
{
    private readonly NodeUpserts _nodes = new(commands, remember: true);
    private readonly DerivedCounts _derived = new(commands);

    // Nodes a batch pointed at without listing them (taxonomy concepts, mostly) that the store was found to hold:
    // most documents point at the same ones. Forgotten whenever node rows may have changed, as the node cache is.
    private readonly HashSet<(string Label, string Id)> _stored = [];
    private const int StoredCapacity = 200_000;

    // Nodes are collected in this order so an event goes before the series and place it points at.
    private static readonly string[] CollectionOrder =
        [NodeLabels.Event, NodeLabels.Concept, NodeLabels.Person, NodeLabels.Organization, NodeLabels.EventSeries, NodeLabels.Place];

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
        var supported = StoredReferences.CheckedSupportedNodes(batch, StoredRemembered(StoredReferences.StoreLookup(commands, transaction)));
        _nodes.Upsert(batch, transaction);
        InsertDocument(batch, transaction);
        var publishedKey = document.Published ?? "";
        InsertSentences(batch, transaction);
        InsertMentions(batch, publishedKey, transaction);
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
        _derived.Add(document.Id, transaction);
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
        foreach (var table in (ReadOnlySpan<string>)["statement", "mention", "spoke_at", "first_proposed_at", "document_link", "document_node", "sentence", "document_text"])
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

    private void InsertDocument(GraphBatch batch, SqliteTransaction transaction)
    {
        var d = batch.Document;
        commands.Get("""
            INSERT INTO document (id, source_key, title, caption, uri, source, language, published, country, ingested_at, extractor_version, length, published_key)
            VALUES ($id, $key, $title, $caption, $uri, $source, $language, $published, $country, $ingested, $extractor, $length, coalesce($published, ''))
            """, transaction)
            .Bind("$id", d.Id).Bind("$key", batch.SourceKey).Bind("$title", d.Title).Bind("$caption", d.Caption).Bind("$uri", d.Uri).Bind("$source", d.Source)
            .Bind("$language", d.Language).Bind("$published", d.Published).Bind("$country", d.Country).Bind("$ingested", Codecs.ToIso(d.IngestedAt))
            .Bind("$extractor", d.ExtractorVersion).Bind("$length", d.Text.Length)
            .ExecuteNonQuery();
        commands.Get("INSERT INTO document_text (document_id, text, text_brotli) VALUES ($id, '', $text)", transaction)
            .Bind("$id", d.Id).Bind("$text", compressedText(batch)).ExecuteNonQuery();
    }

    private void InsertSentences(GraphBatch batch, SqliteTransaction transaction)
    {
        var text = batch.Document.Text;
        var spans = batch.Mentions.Select(m => m.Span)
            .Concat(batch.Statements.Select(s => s.Span))
            .Concat(batch.SpokeAt.Select(s => s.Evidence))
            .Concat(batch.FirstProposedAt.Select(f => f.Evidence));
        var sentences = new Dictionary<int, int>();
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End < span.Start || span.End > text.Length
                || span.SentenceStart < 0 || span.SentenceEnd < span.SentenceStart || span.SentenceEnd > text.Length)
            {
                throw new InvalidOperationException($"Document {batch.Document.Id}: span {span} lies outside its text of {text.Length} characters.");
            }
            sentences.TryAdd(span.SentenceStart, span.SentenceEnd);
        }
        using var rows = new JsonRows();
        foreach (var (start, end) in sentences)
        {
            rows.Add(start, end, text.AsSpan(start, end - start));
        }
        commands.Get("""
            INSERT INTO sentence (document_id, start, end, text)
            SELECT $doc, value ->> 0, value ->> 1, value ->> 2 FROM jsonb_each(CAST($rows AS TEXT))
            """, transaction).Bind("$doc", batch.Document.Id).Bind("$rows", rows.ToUtf8()).ExecuteNonQuery();
    }

    private void InsertMentions(GraphBatch batch, string publishedKey, SqliteTransaction transaction)
    {
        using var rows = new JsonRows();
        foreach (var group in batch.Mentions.GroupBy(m => (m.TargetLabel, m.TargetId)))
        {
            var spans = group.Select(m => m.Span).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
            rows.Add(group.Key.TargetLabel, group.Key.TargetId, spans.Count, Codecs.EncodeSpans(spans));
        }
        commands.Get("""
            INSERT INTO mention (document_id, target_label, target_id, count, spans, published_key)
            SELECT $doc, value ->> 0, value ->> 1, value ->> 2, value ->> 3, $published FROM jsonb_each(CAST($rows AS TEXT))
            """, transaction)
            .Bind("$doc", batch.Document.Id).Bind("$rows", rows.ToUtf8()).Bind("$published", publishedKey)
            .ExecuteNonQuery();
    }

    private void InsertStatements(GraphBatch batch, string publishedKey, SqliteTransaction transaction)
    {
        foreach (var s in batch.Statements)
        {
            commands.Get("""
                INSERT INTO statement (id, document_id, person_id, speaker_label, verb, stance, quote, start, end, sentence_start, sentence_end, event_id, published_key)
                VALUES ($id, $doc, $person, $label, $verb, $stance, $quote, $start, $end, $sstart, $send, $event, $published)
                """, transaction)
                .Bind("$id", s.Id).Bind("$doc", batch.Document.Id).Bind("$person", s.PersonId).Bind("$label", s.SpeakerLabel).Bind("$verb", s.Verb)
                .Bind("$stance", s.Stance.ToText()).Bind("$quote", s.Quote).Bind("$start", s.Span.Start).Bind("$end", s.Span.End)
                .Bind("$sstart", s.Span.SentenceStart).Bind("$send", s.Span.SentenceEnd).Bind("$event", s.EventId)
                .Bind("$published", publishedKey)
                .ExecuteNonQuery();
            foreach (var concept in s.ConceptIds.Distinct(StringComparer.Ordinal))
            {
                commands.Get("""
                    INSERT INTO statement_about (statement_id, concept_id, document_id, published_key, start)
                    VALUES ($id, $concept, $doc, $published, $start)
                    """, transaction)
                    .Bind("$id", s.Id).Bind("$concept", concept).Bind("$doc", batch.Document.Id).Bind("$published", publishedKey)
                    .Bind("$start", s.Span.Start)
                    .ExecuteNonQuery();
            }
        }
    }

    private void InsertEventFacts(GraphBatch batch, SqliteTransaction transaction)
    {
        var doc = batch.Document.Id;
        foreach (var f in batch.SpokeAt)
        {
            commands.Get("""
                INSERT OR IGNORE INTO spoke_at (document_id, person_id, event_id, date, mode, start, end, sentence_start, sentence_end)
                VALUES ($doc, $person, $event, $date, $mode, $start, $end, $sstart, $send)
                """, transaction)
                .Bind("$doc", doc).Bind("$person", f.PersonId).Bind("$event", f.EventId).Bind("$date", f.Date).Bind("$mode", f.Mode)
                .Bind("$start", f.Evidence.Start).Bind("$end", f.Evidence.End).Bind("$sstart", f.Evidence.SentenceStart)
                .Bind("$send", f.Evidence.SentenceEnd)
                .ExecuteNonQuery();
        }
        foreach (var f in batch.FirstProposedAt)
        {
            commands.Get("""
                INSERT OR IGNORE INTO first_proposed_at (document_id, concept_id, event_id, start, end, sentence_start, sentence_end)
                VALUES ($doc, $concept, $event, $start, $end, $sstart, $send)
                """, transaction)
                .Bind("$doc", doc).Bind("$concept", f.ConceptId).Bind("$event", f.EventId).Bind("$start", f.Evidence.Start)
                .Bind("$end", f.Evidence.End).Bind("$sstart", f.Evidence.SentenceStart).Bind("$send", f.Evidence.SentenceEnd)
                .ExecuteNonQuery();
        }
        foreach (var link in batch.Links)
        {
            var label = link.Type == RelationshipTypes.ReportsOn ? NodeLabels.Event : NodeLabels.Organization;
            commands.Get("""
                INSERT OR IGNORE INTO document_link (document_id, type, target_label, target_id) VALUES ($doc, $type, $label, $id)
                """, transaction)
                .Bind("$doc", doc).Bind("$type", link.Type).Bind("$label", label).Bind("$id", link.TargetId)
                .ExecuteNonQuery();
        }
    }
}
