using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Reading;

/// <summary>
/// Turns spans into evidence items (document title, date, sentence) on one read session, and merges a
/// concept's mentions and statements into one stream ordered by (published, document id, start): both
/// come from indexes already in that order, so a page reads only the rows up to its end.
/// </summary>
internal sealed class EvidenceReader(ReadSession session)
{
    /// <summary>One position in the merged stream, before the sentence is looked up.</summary>
    public readonly record struct Hit(string PublishedKey, string DocumentId, Span Span, Stance? Stance, string? PersonId);

    /// <summary>
    /// A page of hits as evidence items, in order. The page's documents (title, date, stored text) are read by
    /// one statement, the distinct ids travelling as one JSON array; each sentence is cut from its document's
    /// text, which decompresses only the blocks the page's sentences lie in (StoredText).
    /// </summary>
    public List<EvidenceItem> Items(IReadOnlyList<Hit> hits)
    {
        var items = new List<EvidenceItem>(hits.Count);
        if (hits.Count == 0)
        {
            return items;
        }
        var documents = new Dictionary<string, (string Title, string? Published, StoredText Text)>(StringComparer.Ordinal);
        var command = session.Command($"""
            SELECT d.id, d.title, d.published, {StoredText.Columns}
            FROM document d LEFT JOIN document_text t ON t.document_id = d.id
            WHERE d.id IN (SELECT value FROM json_each($ids))
            """);
        using (var reader = command.Bind("$ids", IdsJson(hits)).ExecuteReader())
        {
            while (reader.Read())
            {
                documents[reader.GetString(0)] = (reader.GetString(1), reader.NullableString(2), StoredText.Read(reader, 3));
            }
        }
        foreach (var hit in hits)
        {
            // A document deleted since the hits were read keeps its id for a title and has no sentence.
            var (title, published, text) = documents.TryGetValue(hit.DocumentId, out var document) ? document : (hit.DocumentId, null, StoredText.Empty);
            var sentence = text.Slice(hit.Span.SentenceStart, hit.Span.SentenceEnd - hit.Span.SentenceStart);
            items.Add(new EvidenceItem(hit.DocumentId, title, published, hit.Span, sentence, hit.Stance, hit.PersonId));
        }
        return items;
    }

    private static string IdsJson(IReadOnlyList<Hit> hits) =>
        System.Text.Json.JsonSerializer.Serialize(hits.Select(h => h.DocumentId).Distinct(StringComparer.Ordinal));

    /// <summary>Mentions of a node and statements about it (concepts only), merged in evidence order.</summary>
    public IEnumerable<Hit> Hits(string label, string id)
    {
        var mentions = session.Command("""
            SELECT published_key, document_id, spans FROM mention
            WHERE target_label = $label AND target_id = $id ORDER BY published_key, document_id
            """).Bind("$label", label).Bind("$id", id);
        var statements = session.Command("""
            SELECT a.published_key, a.document_id, s.start, s.end, s.sentence_start, s.sentence_end, s.stance, s.person_id
            FROM statement_about a JOIN statement s ON s.id = a.statement_id
            WHERE a.concept_id = $id AND $label = 'Concept'
            ORDER BY a.published_key, a.document_id, a.start, a.statement_id
            """).Bind("$label", label).Bind("$id", id);
        return Merge(mentions, statements);
    }

    /// <summary>A concept's mentions and statements that the filter keeps (FactFilterSql), merged in evidence order.</summary>
    public IEnumerable<Hit> FilteredHits(string conceptId, FactFilter filter)
    {
        var mentions = session.Command($"""
            SELECT m.published_key, m.document_id, m.spans FROM mention m JOIN document d ON d.id = m.document_id
            WHERE m.target_label = 'Concept' AND m.target_id = $id AND {FactFilterSql.Mention("d")}
            ORDER BY m.published_key, m.document_id
            """).Bind("$id", conceptId).BindFilter(filter);
        var statements = session.Command($"""
            SELECT a.published_key, a.document_id, s.start, s.end, s.sentence_start, s.sentence_end, s.stance, s.person_id
            FROM statement_about a JOIN statement s ON s.id = a.statement_id JOIN document d ON d.id = a.document_id JOIN person p ON p.id = s.person_id
            WHERE a.concept_id = $id AND {FactFilterSql.Statement("s", "p", "d")}
            ORDER BY a.published_key, a.document_id, a.start, a.statement_id
            """).Bind("$id", conceptId).BindFilter(filter);
        return Merge(mentions, statements);
    }

    private static IEnumerable<Hit> Merge(SqliteCommand mentions, SqliteCommand statements)
    {
        using var mentionReader = mentions.ExecuteReader();
        using var statementReader = statements.ExecuteReader();
        using var left = MentionHits(mentionReader).GetEnumerator();
        using var right = StatementHits(statementReader).GetEnumerator();
        var hasLeft = left.MoveNext();
        var hasRight = right.MoveNext();
        while (hasLeft || hasRight)
        {
            // Ties go to the plain mention, so an evidence page lists "mentioned" before "said".
            if (hasLeft && (!hasRight || Compare(left.Current, right.Current) <= 0))
            {
                yield return left.Current;
                hasLeft = left.MoveNext();
            }
            else
            {
                yield return right.Current;
                hasRight = right.MoveNext();
            }
        }
    }

    public static int Compare(Hit a, Hit b)
    {
        var order = string.CompareOrdinal(a.PublishedKey, b.PublishedKey);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        }
        return order != 0 ? order : a.Span.Start.CompareTo(b.Span.Start);
    }

    private static IEnumerable<Hit> MentionHits(SqliteDataReader reader)
    {
        while (reader.Read())
        {
            var published = reader.GetString(0);
            var document = reader.GetString(1);
            foreach (var span in Codecs.DecodeSpans(reader.GetString(2)))
            {
                yield return new Hit(published, document, span, null, null);
            }
        }
    }

    private static IEnumerable<Hit> StatementHits(SqliteDataReader reader)
    {
        while (reader.Read())
        {
            yield return new Hit(reader.GetString(0), reader.GetString(1),
                new Span(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)),
                Codecs.ToStance(reader.GetString(6)), reader.GetString(7));
        }
    }
}
