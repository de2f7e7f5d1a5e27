using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite;

internal sealed partial class SqliteGraphReader
{
    internal const string ConceptSummaryColumns = """
        c.id, c.name, c.name_zh, c.category, c.status, coalesce(n.mentions, 0), coalesce(n.mention_documents, 0)
        """;

    internal const string ConceptCountsJoin = "LEFT JOIN node_count n ON n.label = 'Concept' AND n.node_id = c.id";

    /// <summary>
    /// A page of the concept catalogue (read once per commit generation) filtered in memory: the query is a
    /// case-insensitive substring of the name, the Chinese name or an alias, taken literally.
    /// </summary>
    public Task<Page<ConceptSummary>> ListConceptsAsync(ConceptFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var query = string.IsNullOrWhiteSpace(filter.Query) ? null : filter.Query.Trim().ToLowerInvariant();
            var status = filter.Status;
            var matches = _concepts.Entries(session, _readSessions.Generation).Where(e =>
                (query is null || e.Search.Contains(query, StringComparison.Ordinal))
                && (filter.Category is null || e.Summary.Category == filter.Category)
                && (status is null || e.Summary.Status == status)).ToList();
            var items = matches.Skip(page.Offset).Take(page.Limit).Select(e => e.Summary).ToList();
            return new Page<ConceptSummary>(items, matches.Count, page.Offset, page.Limit);
        }, cancellationToken);

    /// <summary>Broader, narrower and first-proposed-at are ordered by id; first and last seen are the earliest and latest published dates of mentioning documents.</summary>
    public Task<ConceptDetail?> GetConceptAsync(string conceptId, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var command = session.Command($"""
                SELECT {ConceptSummaryColumns}, c.definition, c.aliases, c.exact_match, c.close_match, c.broad_match FROM concept c {ConceptCountsJoin} WHERE c.id = $id
                """).Bind("$id", conceptId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            var summary = ReadConceptSummary(reader);
            var definition = reader.NullableString(7);
            var aliases = Codecs.DecodeList(reader.GetString(8));
            var matches = (Exact: Codecs.DecodeList(reader.GetString(9)), Close: Codecs.DecodeList(reader.GetString(10)), Broad: Codecs.DecodeList(reader.GetString(11)));
            return new ConceptDetail(summary, definition, aliases,
                NodeRefs(session, "SELECT b.broader_id, c.name FROM concept_broader b JOIN concept c ON c.id = b.broader_id WHERE b.concept_id = $id ORDER BY 1", conceptId),
                NodeRefs(session, "SELECT b.concept_id, c.name FROM concept_broader b JOIN concept c ON c.id = b.concept_id WHERE b.broader_id = $id ORDER BY 1", conceptId),
                SeenAt(session, conceptId, "ASC"), SeenAt(session, conceptId, "DESC"),
                NodeRefs(session, "SELECT f.end_id, e.name FROM fact_edge f JOIN event e ON e.id = f.end_id WHERE f.type = 'FIRST_PROPOSED_AT' AND f.start_id = $id ORDER BY 1", conceptId),
                matches.Exact, matches.Close, matches.Broad);
        }, cancellationToken);

    /// <summary>Other concepts ordered by shared documents descending, then id.</summary>
    public Task<CoOccurrenceCounts?> GetCoOccurrencesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken) =>
        Read(session =>
        {
            if (!filter.IsEmpty)
            {
                return FilteredCoOccurrences(session, conceptId, filter);
            }
            var own = session.Command("""
                SELECT coalesce((SELECT mention_documents FROM node_count WHERE label = 'Concept' AND node_id = c.id), 0),
                       (SELECT value FROM counter WHERE name = 'documents')
                FROM concept c WHERE c.id = $id
                """).Bind("$id", conceptId);
            using var ownReader = own.ExecuteReader();
            if (!ownReader.Read())
            {
                return null;
            }
            var command = session.Command("""
                SELECT o.other, c.name, coalesce(n.mention_documents, 0), o.documents
                FROM (SELECT b AS other, documents FROM co_occurrence WHERE a = $id
                      UNION ALL SELECT a, documents FROM co_occurrence WHERE b = $id) o
                JOIN concept c ON c.id = o.other
                LEFT JOIN node_count n ON n.label = 'Concept' AND n.node_id = o.other
                ORDER BY o.documents DESC, o.other
                """).Bind("$id", conceptId);
            using var reader = command.ExecuteReader();
            var others = new List<CoOccurrence>();
            while (reader.Read())
            {
                others.Add(new CoOccurrence(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
            return new CoOccurrenceCounts(conceptId, ownReader.GetInt32(0), ownReader.GetInt32(1), others);
        }, cancellationToken);

    public Task<IReadOnlyList<PersonStanceCount>> GetConceptStancesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<PersonStanceCount>>(session => !filter.IsEmpty ? FilteredConceptStances(session, conceptId, filter) : ReadStanceCounts(session, """
            SELECT s.person_id, p.name, s.support, s.oppose, s.neutral FROM person_stance s JOIN person p ON p.id = s.person_id
            WHERE s.concept_id = $id ORDER BY s.support + s.oppose + s.neutral DESC, s.person_id
            """, conceptId, (id, name, support, oppose, neutral) => new PersonStanceCount(id, name, support, oppose, neutral)), cancellationToken);

    /// <summary>person_stance read from either end: (the other side's id, its name, support, oppose, neutral) per row.</summary>
    private static List<T> ReadStanceCounts<T>(ReadSession session, string sql, string id, Func<string, string, int, int, int, T> create)
    {
        var command = session.Command(sql).Bind("$id", id);
        using var reader = command.ExecuteReader();
        var items = new List<T>();
        while (reader.Read())
        {
            items.Add(create(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        }
        return items;
    }

    /// <summary>Total is the concept's mention count plus the statements about it, both from node_count.</summary>
    public Task<Page<EvidenceItem>> GetConceptEvidenceAsync(string conceptId, FactFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        Read(session =>
        {
            if (!filter.IsEmpty)
            {
                return FilteredEvidence(session, conceptId, filter, page);
            }
            var total = session.Command("SELECT mentions + statements FROM node_count WHERE label = 'Concept' AND node_id = $id").Bind("$id", conceptId);
            var evidence = new EvidenceReader(session);
            var items = evidence.Items(evidence.Hits(NodeLabels.Concept, conceptId).Skip(page.Offset).Take(page.Limit).ToList());
            return new Page<EvidenceItem>(items, (int)total.ScalarInt64(), page.Offset, page.Limit);
        }, cancellationToken);

    /// <summary>
    /// By month, documents dated only by their year keep a point of their own, period "2013": the year's row
    /// less its months' (every dated document is in its year's row and in at most one month's).
    /// </summary>
    public Task<IReadOnlyList<TimelinePoint>> GetConceptTimelineAsync(string conceptId, TimelineGranularity granularity, FactFilter filter, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<TimelinePoint>>(session =>
        {
            if (!filter.IsEmpty)
            {
                return FilteredTimeline(session, conceptId, granularity, filter);
            }
            var command = session.Command(granularity == TimelineGranularity.Year
                ? """
                  SELECT period, mentions, documents FROM timeline
                  WHERE label = 'Concept' AND node_id = $id AND length(period) = 4 ORDER BY period
                  """
                : """
                  SELECT period, mentions, documents FROM (
                      SELECT period, mentions, documents FROM timeline WHERE label = 'Concept' AND node_id = $id AND length(period) = 7
                      UNION ALL
                      SELECT y.period, y.mentions - coalesce(sum(m.mentions), 0), y.documents - coalesce(sum(m.documents), 0)
                      FROM timeline y
                      LEFT JOIN timeline m ON m.label = 'Concept' AND m.node_id = $id AND m.period > y.period AND m.period < y.period || '.'
                      WHERE y.label = 'Concept' AND y.node_id = $id AND length(y.period) = 4
                      GROUP BY y.period)
                  WHERE documents > 0 ORDER BY period
                  """).Bind("$id", conceptId);
            return ReadTimeline(command);
        }, cancellationToken);

    private static List<TimelinePoint> ReadTimeline(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var points = new List<TimelinePoint>();
        while (reader.Read())
        {
            points.Add(new TimelinePoint(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }
        return points;
    }

    /// <summary>Candidates by mentions descending, then id, each with its first three evidence items.</summary>
    public Task<Page<CandidateSummary>> ListCandidatesAsync(PageRequest page, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var total = session.Command("SELECT count(*) FROM concept WHERE status = 'candidate'");
            var command = session.Command($"""
                SELECT {ConceptSummaryColumns} FROM concept c {ConceptCountsJoin}
                WHERE c.status = 'candidate' ORDER BY coalesce(n.mentions, 0) DESC, c.id LIMIT $limit OFFSET $offset
                """).Bind("$limit", page.Limit).Bind("$offset", page.Offset);
            var evidence = new EvidenceReader(session);
            var items = ReadConceptSummaries(command).ConvertAll(c => new CandidateSummary(c.Id, c.Name, c.Mentions, c.Documents,
                evidence.Items(evidence.Hits(NodeLabels.Concept, c.Id).Take(3).ToList())));
            return new Page<CandidateSummary>(items, (int)total.ScalarInt64(), page.Offset, page.Limit);
        }, cancellationToken);

    private static List<ConceptSummary> ReadConceptSummaries(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var items = new List<ConceptSummary>();
        while (reader.Read())
        {
            items.Add(ReadConceptSummary(reader));
        }
        return items;
    }

    internal static ConceptSummary ReadConceptSummary(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.GetString(3),
            Codecs.ToConceptStatus(reader.GetString(4)), reader.GetInt32(5), reader.GetInt32(6));

    private static List<NodeRef> NodeRefs(ReadSession session, string sql, string id)
    {
        var command = session.Command(sql).Bind("$id", id);
        using var reader = command.ExecuteReader();
        var refs = new List<NodeRef>();
        while (reader.Read())
        {
            refs.Add(new NodeRef(reader.GetString(0), reader.GetString(1)));
        }
        return refs;
    }

    private static string? SeenAt(ReadSession session, string conceptId, string direction)
    {
        var command = session.Command($"""
            SELECT published_key FROM mention WHERE target_label = 'Concept' AND target_id = $id AND published_key > ''
            ORDER BY published_key {(direction == "DESC" ? "DESC" : "ASC")} LIMIT 1
            """).Bind("$id", conceptId);
        return command.ExecuteScalar() as string;
    }
}
