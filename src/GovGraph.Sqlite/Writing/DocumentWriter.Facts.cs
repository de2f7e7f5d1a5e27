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
            var label = GraphModel.DocumentLinkTarget(link.Type);
            commands.Get("""
                INSERT OR IGNORE INTO document_link (document_id, type, target_label, target_id) VALUES ($doc, $type, $label, $id)
                """, transaction)
                .Bind("$doc", doc).Bind("$type", link.Type).Bind("$label", label).Bind("$id", link.TargetId)
                .ExecuteNonQuery();
        }
    }
}
