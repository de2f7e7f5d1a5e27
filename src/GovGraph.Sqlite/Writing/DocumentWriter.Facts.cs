using GovGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>A document's MENTIONS row for one target, as the writer inserts it: spans distinct, in order.</summary>
internal readonly record struct MentionRow(string Label, string Id, int Count, string Spans);

// The fact rows of one new document.
internal sealed partial class DocumentWriter
{
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
        var text = compressedText(batch);
        commands.Get("INSERT INTO document_text (document_id, text, text_brotli, text_blocks) VALUES ($id, '', $text, $blocks)", transaction)
            .Bind("$id", d.Id).Bind("$text", text.Blocks).Bind("$blocks", text.Index).ExecuteNonQuery();
    }

    /// <summary>Every evidence span must lie in the text: evidence sentences are cut from it when read.</summary>
    private static void CheckSpans(GraphBatch batch)
    {
        var length = batch.Document.Text.Length;
        var spans = batch.Mentions.Select(m => m.Span)
            .Concat(batch.Statements.Select(s => s.Span))
            .Concat(batch.SpokeAt.Select(s => s.Evidence))
            .Concat(batch.FirstProposedAt.Select(f => f.Evidence));
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End < span.Start || span.End > length
                || span.SentenceStart < 0 || span.SentenceEnd < span.SentenceStart || span.SentenceEnd > length)
            {
                throw new InvalidOperationException($"Document {batch.Document.Id}: span {span} lies outside its text of {length} characters.");
            }
        }
    }

    /// <summary>Inserts one MENTIONS row per target; returns the rows, from which the derived counts are summed.</summary>
    private List<MentionRow> InsertMentions(GraphBatch batch, string publishedKey, SqliteTransaction transaction)
    {
        // Grouped by target in order of first mention, as GroupBy did, without its lookup and per-group
        // iterators: most targets are mentioned once, and only a repeated one needs its spans made distinct.
        var spansOf = new Dictionary<(string Label, string Id), List<Span>>();
        var targets = new List<(string Label, string Id)>();
        foreach (var m in batch.Mentions)
        {
            var target = (m.TargetLabel, m.TargetId);
            if (!spansOf.TryGetValue(target, out var list))
            {
                spansOf.Add(target, list = new List<Span>(1));
                targets.Add(target);
            }
            list.Add(m.Span);
        }
        var mentions = new List<MentionRow>(targets.Count);
        using var rows = new JsonRows();
        foreach (var target in targets)
        {
            var spans = spansOf[target];
            if (spans.Count > 1)
            {
                spans = [.. spans.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)];
            }
            var mention = new MentionRow(target.Label, target.Id, spans.Count, Codecs.EncodeSpans(spans));
            rows.Add(mention.Label, mention.Id, mention.Count, mention.Spans);
            mentions.Add(mention);
        }
        commands.Get("""
            INSERT INTO mention (document_id, target_label, target_id, count, spans, published_key)
            SELECT $doc, value ->> 0, value ->> 1, value ->> 2, value ->> 3, $published FROM jsonb_each(CAST($rows AS TEXT))
            """, transaction)
            .Bind("$doc", batch.Document.Id).Bind("$rows", rows.ToUtf8()).Bind("$published", publishedKey)
            .ExecuteNonQuery();
        return mentions;
    }

    // Statements, their concepts and the event facts go in as one JSON parameter per table, as mentions do: a
    // document's rows cost one statement execution each table instead of one per row (about 20 statements and
    // 25 statement_about rows per document at 200 MB), and a document without any costs none.
    private const string StatementSql = """
        INSERT INTO statement (id, document_id, person_id, speaker_label, verb, stance, quote, start, end, sentence_start, sentence_end, event_id, published_key)
        SELECT value ->> 0, $doc, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9,
               value ->> 10, $published
        FROM jsonb_each(CAST($rows AS TEXT))
        """;

    private const string StatementAboutSql = """
        INSERT INTO statement_about (statement_id, concept_id, document_id, published_key, start)
        SELECT value ->> 0, value ->> 1, $doc, $published, value ->> 2 FROM jsonb_each(CAST($rows AS TEXT))
        """;

    private const string SpokeAtSql = """
        INSERT OR IGNORE INTO spoke_at (document_id, person_id, event_id, date, mode, start, end, sentence_start, sentence_end)
        SELECT $doc, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7
        FROM jsonb_each(CAST($rows AS TEXT))
        """;

    private const string FirstProposedAtSql = """
        INSERT OR IGNORE INTO first_proposed_at (document_id, concept_id, event_id, start, end, sentence_start, sentence_end)
        SELECT $doc, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM jsonb_each(CAST($rows AS TEXT))
        """;

    private const string DocumentLinkSql = """
        INSERT OR IGNORE INTO document_link (document_id, type, target_label, target_id)
        SELECT $doc, value ->> 0, value ->> 1, value ->> 2 FROM jsonb_each(CAST($rows AS TEXT))
        """;

    private void InsertStatements(GraphBatch batch, string publishedKey, SqliteTransaction transaction)
    {
        if (batch.Statements.Count == 0)
        {
            return;
        }
        using var statements = new JsonRows();
        using var about = new JsonRows();
        foreach (var s in batch.Statements)
        {
            statements.Row().Value(s.Id).Value(s.PersonId).Value(s.SpeakerLabel).Value(s.Verb).Value(s.Stance.ToText()).Value(s.Quote)
                .Value(s.Span.Start).Value(s.Span.End).Value(s.Span.SentenceStart).Value(s.Span.SentenceEnd).Value(s.EventId).EndRow();
            foreach (var concept in s.ConceptIds.Distinct(StringComparer.Ordinal))
            {
                about.Row().Value(s.Id).Value(concept).Value(s.Span.Start).EndRow();
            }
        }
        InsertRows(StatementSql, statements, batch.Document.Id, publishedKey, transaction);
        InsertRows(StatementAboutSql, about, batch.Document.Id, publishedKey, transaction);
    }

    private void InsertEventFacts(GraphBatch batch, SqliteTransaction transaction)
    {
        using var spokeAt = new JsonRows();
        foreach (var f in batch.SpokeAt)
        {
            spokeAt.Row().Value(f.PersonId).Value(f.EventId).Value(f.Date).Value(f.Mode)
                .Value(f.Evidence.Start).Value(f.Evidence.End).Value(f.Evidence.SentenceStart).Value(f.Evidence.SentenceEnd).EndRow();
        }
        using var firstProposedAt = new JsonRows();
        foreach (var f in batch.FirstProposedAt)
        {
            firstProposedAt.Row().Value(f.ConceptId).Value(f.EventId)
                .Value(f.Evidence.Start).Value(f.Evidence.End).Value(f.Evidence.SentenceStart).Value(f.Evidence.SentenceEnd).EndRow();
        }
        using var links = new JsonRows();
        foreach (var link in batch.Links)
        {
            links.Row().Value(link.Type).Value(GraphModel.DocumentLinkTarget(link.Type)).Value(link.TargetId).EndRow();
        }
        InsertRows(SpokeAtSql, spokeAt, batch.Document.Id, null, transaction);
        InsertRows(FirstProposedAtSql, firstProposedAt, batch.Document.Id, null, transaction);
        InsertRows(DocumentLinkSql, links, batch.Document.Id, null, transaction);
    }

    /// <summary>Runs one of the inserts above over its rows, unless there are none; $published only where the SQL names it.</summary>
    private void InsertRows(string sql, JsonRows rows, string documentId, string? publishedKey, SqliteTransaction transaction)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var command = commands.Get(sql, transaction).Bind("$doc", documentId).Bind("$rows", rows.ToUtf8());
        if (publishedKey is not null)
        {
            command.Bind("$published", publishedKey);
        }
        command.ExecuteNonQuery();
    }
}
