namespace GovGraph.Sqlite.Reading;

/// <summary>SQL fragments that several queries share.</summary>
internal static class NodeSql
{
    /// <summary>The display name of a node given columns holding its label and id: a document's title, a statement's quote.</summary>
    public static string NameOf(string labelColumn, string idColumn) => $"""
        CASE {labelColumn}
            WHEN 'Concept' THEN (SELECT name FROM concept WHERE id = {idColumn})
            WHEN 'Person' THEN (SELECT name FROM person WHERE id = {idColumn})
            WHEN 'Organization' THEN (SELECT name FROM organization WHERE id = {idColumn})
            WHEN 'Place' THEN (SELECT name FROM place WHERE id = {idColumn})
            WHEN 'Country' THEN (SELECT name FROM country WHERE id = {idColumn})
            WHEN 'Event' THEN (SELECT name FROM event WHERE id = {idColumn})
            WHEN 'EventSeries' THEN (SELECT name FROM event_series WHERE id = {idColumn})
            WHEN 'Document' THEN (SELECT title FROM document WHERE id = {idColumn})
            WHEN 'Statement' THEN (SELECT quote FROM statement WHERE id = {idColumn})
        END
        """;

    /// <summary>A SPOKE_AT relationship's date: the earliest any document gives (one seek on ix_spoke_at_date).</summary>
    public static string SpokeAtDate(string personColumn, string eventColumn) =>
        $"(SELECT min(date) FROM spoke_at WHERE person_id = {personColumn} AND event_id = {eventColumn})";

    /// <summary>
    /// The date a person spoke at an event, as precise as known: the SPOKE_AT date, unless it is only the year
    /// (or month) of a document and the event's own date is a day within it ("2021" from a year-dated document,
    /// event on "2021-09-21": the answer is "2021-09-21", as /api/events says). A SPOKE_AT date that disagrees
    /// with the event's stays: the person spoke on another day of it.
    /// </summary>
    public static string AppearanceDate(string personColumn, string eventColumn, string eventDateColumn) => $"""
        (SELECT CASE WHEN {eventDateColumn} IS NOT NULL AND (d IS NULL OR (length(d) < length({eventDateColumn}) AND substr({eventDateColumn}, 1, length(d)) = d))
                     THEN {eventDateColumn} ELSE d END
         FROM (SELECT {SpokeAtDate(personColumn, eventColumn)} AS d))
        """;

    /// <summary>A SPOKE_AT relationship's mode: the least any document gives (one seek on ix_spoke_at_mode).</summary>
    public static string SpokeAtMode(string personColumn, string eventColumn) =>
        $"(SELECT min(mode) FROM spoke_at WHERE person_id = {personColumn} AND event_id = {eventColumn})";

    /// <summary>Finds any node by id alone: its label and name, looking in each label's table in turn.</summary>
    public const string FindNode = """
        SELECT 'Document', title FROM document WHERE id = $id
        UNION ALL SELECT 'Concept', name FROM concept WHERE id = $id
        UNION ALL SELECT 'Person', name FROM person WHERE id = $id
        UNION ALL SELECT 'Organization', name FROM organization WHERE id = $id
        UNION ALL SELECT 'Place', name FROM place WHERE id = $id
        UNION ALL SELECT 'Country', name FROM country WHERE id = $id
        UNION ALL SELECT 'Event', name FROM event WHERE id = $id
        UNION ALL SELECT 'EventSeries', name FROM event_series WHERE id = $id
        UNION ALL SELECT 'Statement', quote FROM statement WHERE id = $id
        LIMIT 1
        """;
}
