using GovGraph.Core.Queries;
using GovGraph.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite;

internal sealed partial class SqliteGraphReader
{
    private const string EventSummaryColumns = "e.id, e.name, e.series_id, e.edition, e.year, e.date, e.place_id, coalesce(n.documents, 0)";

    private const string EventFrom = "FROM event e LEFT JOIN node_count n ON n.label = 'Event' AND n.node_id = e.id";

    private const string EventSummarySql = $"SELECT {EventSummaryColumns} {EventFrom}";

    /// <summary>Events (of one series when given) by date descending, undated last, then id.</summary>
    public Task<Page<EventSummary>> ListEventsAsync(string? seriesId, PageRequest page, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var total = session.Command("SELECT count(*) FROM event e WHERE $series IS NULL OR e.series_id = $series").Bind("$series", seriesId);
            var command = session.Command($"""
                {EventSummarySql}
                WHERE $series IS NULL OR e.series_id = $series
                ORDER BY coalesce(e.date, '') DESC, e.id LIMIT $limit OFFSET $offset
                """).Bind("$series", seriesId).Bind("$limit", page.Limit).Bind("$offset", page.Offset);
            using var reader = command.ExecuteReader();
            var items = new List<EventSummary>();
            while (reader.Read())
            {
                items.Add(ReadEventSummary(reader));
            }
            return new Page<EventSummary>(items, (int)total.ScalarInt64(), page.Offset, page.Limit);
        }, cancellationToken);

    /// <summary>
    /// The event with its speakers (by person id; date and mode the least of what documents say) and the
    /// concepts its statements are about (by statements at the event descending, then id; at most 50).
    /// </summary>
    public Task<EventDetail?> GetEventAsync(string eventId, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var command = session.Command($"""
                SELECT {EventSummaryColumns},
                       (SELECT name FROM place WHERE id = e.place_id), (SELECT name FROM event_series WHERE id = e.series_id)
                {EventFrom}
                WHERE e.id = $id
                """).Bind("$id", eventId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            var summary = ReadEventSummary(reader);
            var speakers = session.Command($"""
                SELECT p.id, p.name, {NodeSql.AppearanceDate("f.start_id", "f.end_id", "e.date")}, {NodeSql.SpokeAtMode("f.start_id", "f.end_id")}
                FROM fact_edge f JOIN person p ON p.id = f.start_id JOIN event e ON e.id = f.end_id
                WHERE f.type = 'SPOKE_AT' AND f.end_id = $id ORDER BY p.id
                """).Bind("$id", eventId);
            using var speakerReader = speakers.ExecuteReader();
            var speakerList = new List<EventSpeaker>();
            while (speakerReader.Read())
            {
                speakerList.Add(new EventSpeaker(speakerReader.GetString(0), speakerReader.GetString(1), speakerReader.NullableString(2), speakerReader.NullableString(3)));
            }
            var concepts = session.Command($"""
                SELECT {ConceptSummaryColumns} FROM event_concept ec JOIN concept c ON c.id = ec.concept_id {ConceptCountsJoin}
                WHERE ec.event_id = $id ORDER BY ec.statements DESC, c.id LIMIT 50
                """).Bind("$id", eventId);
            return new EventDetail(summary, reader.NullableString(8), reader.NullableString(9), speakerList, ReadConceptSummaries(concepts));
        }, cancellationToken);

    /// <summary>Series by id, each with its number of editions in the store.</summary>
    public Task<Page<EventSeriesSummary>> ListEventSeriesAsync(PageRequest page, CancellationToken cancellationToken) =>
        Read(session =>
        {
            var total = session.Command("SELECT count(*) FROM event_series");
            var command = session.Command("""
                SELECT s.id, s.name, s.acronym, (SELECT count(*) FROM event WHERE series_id = s.id) FROM event_series s
                ORDER BY s.id LIMIT $limit OFFSET $offset
                """).Bind("$limit", page.Limit).Bind("$offset", page.Offset);
            using var reader = command.ExecuteReader();
            var items = new List<EventSeriesSummary>();
            while (reader.Read())
            {
                items.Add(new EventSeriesSummary(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.GetInt32(3)));
            }
            return new Page<EventSeriesSummary>(items, (int)total.ScalarInt64(), page.Offset, page.Limit);
        }, cancellationToken);

    private static EventSummary ReadEventSummary(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.NullableInt32(3), reader.NullableInt32(4),
            reader.NullableString(5), reader.NullableString(6), reader.GetInt32(7));
}
