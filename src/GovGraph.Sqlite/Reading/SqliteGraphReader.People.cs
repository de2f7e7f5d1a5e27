using GovGraph.Core.Queries;
using GovGraph.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite;

internal sealed partial class SqliteGraphReader
{
    private const string PersonSummarySql = """
        SELECT p.id, p.name, p.name_zh, p.country, p.titles, coalesce(n.statements, 0), coalesce(n.documents, 0), p.aliases
        FROM person p LEFT JOIN node_count n ON n.label = 'Person' AND n.node_id = p.id
        """;

    /// <summary>People whose name, Chinese name or alias contains the query, by statements descending, then id.</summary>
    public Task<Page<PersonSummary>> ListPeopleAsync(string? query, PageRequest page, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var needle = string.IsNullOrWhiteSpace(query) ? null : query.Trim().ToLowerInvariant();
            var total = session.Command("SELECT count(*) FROM person p WHERE $query IS NULL OR instr(p.search, $query) > 0").Bind("$query", needle);
            var command = session.Command($"""
                {PersonSummarySql}
                WHERE $query IS NULL OR instr(p.search, $query) > 0
                ORDER BY coalesce(n.statements, 0) DESC, p.id LIMIT $limit OFFSET $offset
                """).Bind("$query", needle).Bind("$limit", page.Limit).Bind("$offset", page.Offset);
            using var reader = command.ExecuteReader();
            var items = new List<PersonSummary>();
            while (reader.Read())
            {
                items.Add(ReadPersonSummary(reader));
            }
            return new Page<PersonSummary>(items, (int)total.ScalarInt64(), page.Offset, page.Limit);
        }, cancellationToken);

    /// <summary>The person with the events they spoke at (by event date, then id; date and mode the least of what documents say).</summary>
    public Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var command = session.Command($"{PersonSummarySql} WHERE p.id = $id").Bind("$id", personId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            var summary = ReadPersonSummary(reader);
            var aliases = Codecs.DecodeList(reader.GetString(7));
            var events = session.Command($"""
                SELECT e.id, e.name, {NodeSql.AppearanceDate("f.start_id", "f.end_id", "e.date")}, {NodeSql.SpokeAtMode("f.start_id", "f.end_id")}
                FROM fact_edge f JOIN event e ON e.id = f.end_id
                WHERE f.type = 'SPOKE_AT' AND f.start_id = $id ORDER BY coalesce(e.date, ''), e.id
                """).Bind("$id", personId);
            using var eventReader = events.ExecuteReader();
            var appearances = new List<EventAppearance>();
            while (eventReader.Read())
            {
                appearances.Add(new EventAppearance(eventReader.GetString(0), eventReader.GetString(1), eventReader.NullableString(2), eventReader.NullableString(3)));
            }
            return new PersonDetail(summary, aliases, appearances);
        }, cancellationToken);

    public Task<IReadOnlyList<ConceptStanceCount>> GetPersonStancesAsync(string personId, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<ConceptStanceCount>>(session => ReadStanceCounts(session, """
            SELECT s.concept_id, c.name, s.support, s.oppose, s.neutral FROM person_stance s JOIN concept c ON c.id = s.concept_id
            WHERE s.person_id = $id ORDER BY s.support + s.oppose + s.neutral DESC, s.concept_id
            """, personId, (id, name, support, oppose, neutral) => new ConceptStanceCount(id, name, support, oppose, neutral)), cancellationToken);

    private static PersonSummary ReadPersonSummary(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.NullableString(3),
            Codecs.DecodeList(reader.GetString(4)), reader.GetInt32(5), reader.GetInt32(6));
}
