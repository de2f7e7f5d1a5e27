using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite;

internal sealed partial class SqliteGraphReader
{
    /// <summary>
    /// Concepts counts taxonomy concepts only; candidates are counted apart. Every total is a counter row the
    /// writes keep (migration 009's triggers for nodes and dead letters), so the answer is one read of a small table.
    /// </summary>
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) =>
        Read(session =>
        {
            var command = session.Command("SELECT name, value FROM counter");
            var totals = new Dictionary<string, int>(StringComparer.Ordinal);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    totals[reader.GetString(0)] = reader.GetInt32(1);
                }
            }
            int Total(string name) => totals.GetValueOrDefault(name);
            return new GraphStats(Total("documents"), Total("concepts_taxonomy"), Total("concepts_candidate"), Total("people"),
                Total("events"), Total("statements"), Total("mentions"), Total("dead_letters"));
        }, cancellationToken);

    /// <summary>Newest published first (undated last), then id.</summary>
    public Task<Page<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var total = session.Command("SELECT value FROM counter WHERE name = 'documents'");
            var command = session.Command("""
                SELECT id, title, uri, source, language, published FROM document
                WHERE id IN (SELECT id FROM document ORDER BY published_key DESC, id LIMIT $limit OFFSET $offset)
                ORDER BY published_key DESC, id
                """).Bind("$limit", page.Limit).Bind("$offset", page.Offset);
            using var reader = command.ExecuteReader();
            var items = new List<DocumentSummary>();
            while (reader.Read())
            {
                items.Add(ReadDocumentSummary(reader, 0));
            }
            return new Page<DocumentSummary>(items, (int)total.ScalarInt64(), page.Offset, page.Limit);
        }, cancellationToken);

    /// <summary>The document with the nodes it mentions (by label, then id) and its statements (by start, then id).</summary>
    public Task<DocumentDetail?> GetDocumentAsync(string documentId, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var command = session.Command("""
                SELECT id, title, uri, source, language, published, ingested_at, extractor_version, length FROM document WHERE id = $id
                """).Bind("$id", documentId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            return new DocumentDetail(ReadDocumentSummary(reader, 0), Codecs.FromIso(reader.GetString(6)), reader.GetString(7), reader.GetInt32(8),
                ReadDocumentMentions(session, documentId), ReadStatements(session, "s.document_id = $id", documentId));
        }, cancellationToken);

    private static DocumentSummary ReadDocumentSummary(SqliteDataReader reader, int first) =>
        new(reader.GetString(first), reader.GetString(first + 1), reader.NullableString(first + 2), reader.NullableString(first + 3),
            reader.GetString(first + 4), reader.NullableString(first + 5));

    private static List<NodeMentionCount> ReadDocumentMentions(ReadSession session, string documentId)
    {
        var command = session.Command($"""
            SELECT m.target_label, m.target_id, {NodeSql.NameOf("m.target_label", "m.target_id")}, m.count, m.spans
            FROM mention m WHERE m.document_id = $id ORDER BY m.target_label, m.target_id
            """).Bind("$id", documentId);
        using var reader = command.ExecuteReader();
        var mentions = new List<NodeMentionCount>();
        while (reader.Read())
        {
            mentions.Add(new NodeMentionCount(reader.GetString(0), reader.GetString(1), reader.NullableString(2) ?? reader.GetString(1),
                reader.GetInt32(3), Codecs.DecodeSpans(reader.GetString(4))));
        }
        return mentions;
    }

    /// <summary>Statements matching a condition on s (a statement) with $id bound, by start then id, with the concepts each is about.</summary>
    private static List<StatementView> ReadStatements(ReadSession session, string condition, string id)
    {
        var command = session.Command($"""
            SELECT s.id, s.person_id, coalesce(p.name, o.name, s.person_id), s.verb, s.stance, s.quote, s.document_id, s.start, s.end, s.sentence_start, s.sentence_end, s.event_id,
                   (SELECT json_group_array(concept_id) FROM (SELECT concept_id FROM statement_about WHERE statement_id = s.id ORDER BY concept_id)),
                   s.speaker_label
            FROM statement s
            LEFT JOIN person p ON s.speaker_label = 'Person' AND p.id = s.person_id
            LEFT JOIN organization o ON s.speaker_label = 'Organization' AND o.id = s.person_id
            WHERE {condition}
            ORDER BY s.start, s.id
            """).Bind("$id", id);
        using var reader = command.ExecuteReader();
        var statements = new List<StatementView>();
        while (reader.Read())
        {
            statements.Add(new StatementView(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Codecs.ToStance(reader.GetString(4)), reader.GetString(5), reader.GetString(6),
                new Span(reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10)),
                Codecs.DecodeList(reader.GetString(12)), reader.NullableString(11), reader.GetString(13)));
        }
        return statements;
    }
}
