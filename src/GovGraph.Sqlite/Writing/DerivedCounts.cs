using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// Adds (sign +1) or removes (sign -1) one document's contribution to every derived table, reading the
/// document's facts as they stand. Writes call it after inserting the facts, deletes before removing them,
/// and candidate decisions around the change they make, so every count follows from one definition.
/// </summary>
internal sealed class DerivedCounts(PreparedCommands commands)
{
    private const string MentionCountsSql = """
        INSERT INTO node_count (label, node_id, mentions, mention_documents)
        SELECT target_label, target_id, $sign * count, $sign FROM mention WHERE document_id = $doc
        ON CONFLICT (label, node_id) DO UPDATE SET
            mentions = mentions + excluded.mentions, mention_documents = mention_documents + excluded.mention_documents
        """;

    private const string SupportCountsSql = """
        INSERT INTO node_count (label, node_id, documents)
        SELECT label, node_id, $sign FROM document_node WHERE document_id = $doc
        ON CONFLICT (label, node_id) DO UPDATE SET documents = documents + excluded.documents
        """;

    private const string PersonStatementCountsSql = """
        INSERT INTO node_count (label, node_id, statements)
        SELECT 'Person', person_id, $sign * count(*) FROM statement WHERE document_id = $doc GROUP BY person_id
        ON CONFLICT (label, node_id) DO UPDATE SET statements = statements + excluded.statements
        """;

    private const string ConceptStatementCountsSql = """
        INSERT INTO node_count (label, node_id, statements)
        SELECT 'Concept', a.concept_id, $sign * count(*)
        FROM statement s JOIN statement_about a ON a.statement_id = s.id
        WHERE s.document_id = $doc GROUP BY a.concept_id
        ON CONFLICT (label, node_id) DO UPDATE SET statements = statements + excluded.statements
        """;

    private const string StanceSql = """
        INSERT INTO person_stance (person_id, concept_id, support, oppose, neutral)
        SELECT s.person_id, a.concept_id,
               $sign * sum(s.stance = 'support'), $sign * sum(s.stance = 'oppose'), $sign * sum(s.stance = 'neutral')
        FROM statement s JOIN statement_about a ON a.statement_id = s.id
        WHERE s.document_id = $doc
        GROUP BY s.person_id, a.concept_id
        ON CONFLICT (person_id, concept_id) DO UPDATE SET
            support = support + excluded.support, oppose = oppose + excluded.oppose, neutral = neutral + excluded.neutral
        """;

    private const string CoOccurrenceSql = """
        INSERT INTO co_occurrence (a, b, documents)
        SELECT x.target_id, y.target_id, $sign
        FROM mention x JOIN mention y
          ON y.document_id = x.document_id AND y.target_label = 'Concept' AND y.target_id > x.target_id
        WHERE x.document_id = $doc AND x.target_label = 'Concept'
        ON CONFLICT (a, b) DO UPDATE SET documents = documents + excluded.documents
        """;

    // Two rows per mention row: the year and, when the date has one, the month.
    // A mention row counts toward its document's year and, when the date has one, its month.
    private const string TimelineSql = """
        INSERT INTO timeline (label, node_id, period, mentions, documents)
        SELECT target_label, target_id, substr(published_key, 1, l.len), $sign * count, $sign
        FROM mention JOIN (SELECT 4 AS len, '[0-9][0-9][0-9][0-9]' AS pattern
                           UNION ALL SELECT 7, '[0-9][0-9][0-9][0-9]-[0-9][0-9]') AS l
          ON substr(published_key, 1, l.len) GLOB l.pattern
        WHERE document_id = $doc
        ON CONFLICT (label, node_id, period) DO UPDATE SET
            mentions = mentions + excluded.mentions, documents = documents + excluded.documents
        """;

    private const string FactEdgesSql = """
        INSERT INTO fact_edge (type, start_id, end_id, documents)
        SELECT DISTINCT 'SPOKE_AT', person_id, event_id, $sign FROM spoke_at WHERE document_id = $doc
        UNION ALL
        SELECT DISTINCT 'FIRST_PROPOSED_AT', concept_id, event_id, $sign FROM first_proposed_at WHERE document_id = $doc
        ORDER BY 1, 2, 3
        ON CONFLICT (type, start_id, end_id) DO UPDATE SET documents = documents + excluded.documents
        """;

    private const string EventConceptSql = """
        INSERT INTO event_concept (event_id, concept_id, statements)
        SELECT s.event_id, a.concept_id, $sign * count(*)
        FROM statement s JOIN statement_about a ON a.statement_id = s.id
        WHERE s.document_id = $doc AND s.event_id IS NOT NULL
        GROUP BY s.event_id, a.concept_id
        ON CONFLICT (event_id, concept_id) DO UPDATE SET statements = statements + excluded.statements
        """;

    private const string CountersSql = """
        UPDATE counter SET value = value + $sign * CASE name
            WHEN 'documents' THEN 1
            WHEN 'mentions' THEN (SELECT coalesce(sum(count), 0) FROM mention WHERE document_id = $doc)
            WHEN 'statements' THEN (SELECT count(*) FROM statement WHERE document_id = $doc)
            ELSE 0 END
        """;

    // After a removal, rows that fell to zero go, so "shares at least one document" stays a row test.
    private const string DropEmptyPairsSql = """
        DELETE FROM co_occurrence WHERE documents <= 0
          AND a IN (SELECT target_id FROM mention WHERE document_id = $doc AND target_label = 'Concept')
        """;

    private const string DropEmptyStancesSql = """
        DELETE FROM person_stance WHERE support = 0 AND oppose = 0 AND neutral = 0
          AND person_id IN (SELECT person_id FROM statement WHERE document_id = $doc)
        """;

    private const string DropEmptyPeriodsSql = """
        DELETE FROM timeline WHERE documents <= 0
          AND (label, node_id) IN (SELECT label, node_id FROM document_node WHERE document_id = $doc)
        """;

    private const string DropEmptyFactEdgesSql = """
        DELETE FROM fact_edge WHERE documents <= 0 AND (
            (type = 'SPOKE_AT' AND (start_id, end_id) IN (SELECT person_id, event_id FROM spoke_at WHERE document_id = $doc))
            OR (type = 'FIRST_PROPOSED_AT' AND (start_id, end_id) IN (SELECT concept_id, event_id FROM first_proposed_at WHERE document_id = $doc)))
        """;

    private const string DropEmptyEventConceptsSql = """
        DELETE FROM event_concept WHERE statements <= 0
          AND event_id IN (SELECT event_id FROM statement WHERE document_id = $doc)
        """;

    private const string DropEmptyNodeCountsSql = """
        DELETE FROM node_count WHERE mentions = 0 AND mention_documents = 0 AND documents = 0 AND statements = 0
          AND (label, node_id) IN (SELECT label, node_id FROM document_node WHERE document_id = $doc)
        """;

    public void Add(string documentId, SqliteTransaction transaction) => Apply(documentId, +1, transaction);

    public void Remove(string documentId, SqliteTransaction transaction)
    {
        Apply(documentId, -1, transaction);
        foreach (var sql in (ReadOnlySpan<string>)[DropEmptyPairsSql, DropEmptyStancesSql, DropEmptyPeriodsSql, DropEmptyFactEdgesSql, DropEmptyEventConceptsSql, DropEmptyNodeCountsSql])
        {
            commands.Get(sql, transaction).Bind("$doc", documentId).ExecuteNonQuery();
        }
    }

    private void Apply(string documentId, int sign, SqliteTransaction transaction)
    {
        foreach (var sql in (ReadOnlySpan<string>)[MentionCountsSql, SupportCountsSql, PersonStatementCountsSql, ConceptStatementCountsSql, StanceSql, CoOccurrenceSql, TimelineSql, FactEdgesSql, EventConceptSql, CountersSql])
        {
            commands.Get(sql, transaction).Bind("$doc", documentId).Bind("$sign", sign).ExecuteNonQuery();
        }
    }
}
