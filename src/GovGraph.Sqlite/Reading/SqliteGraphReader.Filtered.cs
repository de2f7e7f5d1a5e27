using GovGraph.Core.Queries;
using GovGraph.Sqlite.Reading;

namespace GovGraph.Sqlite;

// The questions with a FactFilter: counted from the fact tables (the derived tables hold totals only), each
// fact kept or dropped by FactFilterSql's predicates. Unfiltered questions keep their derived-table reads.
internal sealed partial class SqliteGraphReader
{
    private static List<PersonStanceCount> FilteredConceptStances(ReadSession session, string conceptId, FactFilter filter)
    {
        var command = session.Command($"""
            SELECT s.person_id, p.name, sum(s.stance = 'support') AS support, sum(s.stance = 'oppose') AS oppose, sum(s.stance = 'neutral') AS neutral
            FROM statement_about a JOIN statement s ON s.id = a.statement_id JOIN document d ON d.id = a.document_id JOIN person p ON p.id = s.person_id
            WHERE a.concept_id = $id AND {FactFilterSql.Statement("s", "p", "d")}
            GROUP BY s.person_id ORDER BY support + oppose + neutral DESC, s.person_id
            """).Bind("$id", conceptId).BindFilter(filter);
        using var reader = command.ExecuteReader();
        var items = new List<PersonStanceCount>();
        while (reader.Read())
        {
            items.Add(new PersonStanceCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        }
        return items;
    }

    /// <summary>Total is the kept mentions' occurrences plus the kept statements, as the unfiltered total counts them.</summary>
    private static Page<EvidenceItem> FilteredEvidence(ReadSession session, string conceptId, FactFilter filter, PageRequest page)
    {
        var total = session.Command($"""
            SELECT (SELECT coalesce(sum(m.count), 0) FROM mention m JOIN document d ON d.id = m.document_id
                    WHERE m.target_label = 'Concept' AND m.target_id = $id AND {FactFilterSql.Mention("d")})
                 + (SELECT count(*) FROM statement_about a JOIN statement s ON s.id = a.statement_id JOIN document d ON d.id = a.document_id JOIN person p ON p.id = s.person_id
                    WHERE a.concept_id = $id AND {FactFilterSql.Statement("s", "p", "d")})
            """).Bind("$id", conceptId).BindFilter(filter);
        var evidence = new EvidenceReader(session);
        var items = evidence.Items(evidence.FilteredHits(conceptId, filter).Skip(page.Offset).Take(page.Limit).ToList());
        return new Page<EvidenceItem>(items, (int)total.ScalarInt64(), page.Offset, page.Limit);
    }

    /// <summary>Periods as the timeline table cuts them: a date's first 4 (or 7) characters, when they are digits.</summary>
    private static List<TimelinePoint> FilteredTimeline(ReadSession session, string conceptId, TimelineGranularity granularity, FactFilter filter)
    {
        var command = session.Command($"""
            SELECT period, sum(count), count(*) FROM (
                SELECT CASE WHEN $length = 7 AND m.published_key GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(m.published_key, 1, 7)
                            ELSE substr(m.published_key, 1, 4) END AS period, m.count
                FROM mention m JOIN document d ON d.id = m.document_id
                WHERE m.target_label = 'Concept' AND m.target_id = $id AND m.published_key GLOB '[0-9][0-9][0-9][0-9]*' AND {FactFilterSql.Mention("d")})
            GROUP BY period ORDER BY period
            """).Bind("$id", conceptId).Bind("$length", granularity == TimelineGranularity.Year ? 4 : 7).BindFilter(filter);
        return ReadTimeline(command);
    }

    /// <summary>
    /// Co-occurrence over the documents the filter keeps: the corpus is those documents, each concept's count is
    /// the kept documents that mention it.
    /// </summary>
    private static CoOccurrenceCounts? FilteredCoOccurrences(ReadSession session, string conceptId, FactFilter filter)
    {
        var exists = session.Command("SELECT count(*) FROM concept WHERE id = $id").Bind("$id", conceptId);
        if (exists.ScalarInt64() == 0)
        {
            return null;
        }
        var totals = session.Command($"""
            SELECT (SELECT count(*) FROM document d WHERE {FactFilterSql.Mention("d")}),
                   (SELECT count(*) FROM mention m JOIN document d ON d.id = m.document_id
                    WHERE m.target_label = 'Concept' AND m.target_id = $id AND {FactFilterSql.Mention("d")})
            """).Bind("$id", conceptId).BindFilter(filter);
        using var totalReader = totals.ExecuteReader();
        totalReader.Read();
        var command = session.Command($"""
            WITH kept AS (
                SELECT m.document_id FROM mention m JOIN document d ON d.id = m.document_id
                WHERE m.target_label = 'Concept' AND m.target_id = $id AND {FactFilterSql.Mention("d")}),
            shared AS (
                SELECT o.target_id AS other, count(*) AS documents FROM kept k
                JOIN mention o ON o.document_id = k.document_id AND o.target_label = 'Concept' AND o.target_id <> $id
                GROUP BY o.target_id)
            SELECT sh.other, c.name,
                   (SELECT count(*) FROM mention m JOIN document d ON d.id = m.document_id
                    WHERE m.target_label = 'Concept' AND m.target_id = sh.other AND {FactFilterSql.Mention("d")}),
                   sh.documents
            FROM shared sh JOIN concept c ON c.id = sh.other
            ORDER BY sh.documents DESC, sh.other
            """).Bind("$id", conceptId).BindFilter(filter);
        using var reader = command.ExecuteReader();
        var others = new List<CoOccurrence>();
        while (reader.Read())
        {
            others.Add(new CoOccurrence(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        }
        return new CoOccurrenceCounts(conceptId, totalReader.GetInt32(1), totalReader.GetInt32(0), others);
    }

    /// <summary>One grouped count over the statements about the concepts; the group is the person or the statement's Country (named by its node).</summary>
    public Task<IReadOnlyList<StanceCell>> GetStanceMatrixAsync(StanceGrouping by, IReadOnlyList<string> conceptIds, FactFilter filter, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<StanceCell>>(session =>
        {
            var command = session.Command($"""
                SELECT CASE $by WHEN 'country' THEN {FactFilterSql.StatementCountry("p", "d")} ELSE p.id END AS g,
                       max(CASE $by WHEN 'country' THEN (SELECT k.name FROM country k WHERE k.id = {FactFilterSql.StatementCountry("p", "d")}) ELSE p.name END),
                       a.concept_id, sum(s.stance = 'support'), sum(s.stance = 'oppose'), sum(s.stance = 'neutral')
                FROM (SELECT DISTINCT value AS concept_id FROM json_each($concepts)) wanted
                JOIN statement_about a ON a.concept_id = wanted.concept_id
                JOIN statement s ON s.id = a.statement_id JOIN document d ON d.id = a.document_id JOIN person p ON p.id = s.person_id
                WHERE g IS NOT NULL AND {FactFilterSql.Statement("s", "p", "d")}
                GROUP BY g, a.concept_id ORDER BY g, a.concept_id
                """).Bind("$concepts", System.Text.Json.JsonSerializer.Serialize(conceptIds)).Bind("$by", by == StanceGrouping.Country ? "country" : "person").BindFilter(filter);
            using var reader = command.ExecuteReader();
            var cells = new List<StanceCell>();
            while (reader.Read())
            {
                cells.Add(new StanceCell(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
            }
            return cells;
        }, cancellationToken);
}
