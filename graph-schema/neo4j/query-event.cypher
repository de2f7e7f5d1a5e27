// One event: summary, place and series names, who spoke there (by person id; a year- or month-only date within the event's own date is that date) and the concepts of statements
// made there (most statements first, then by id; at most 50). No row when not stored.
// Parameters: $eventId
MATCH (e:Event {id: $eventId})
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place)
OPTIONAL MATCH (e)-[:EDITION_OF]->(series:EventSeries)
RETURN e {.id, .name, .series, .edition, .year, .date, .place, documents: COUNT { (:Document)-[:SUPPORTS]->(e) }} AS event,
       place.name AS placeName, series.name AS seriesName,
       COLLECT {
         MATCH (p:Person)-[r:SPOKE_AT]->(e)
         RETURN {personId: p.id, name: p.name,
                 date: CASE WHEN e.date IS NOT NULL AND (r.date IS NULL OR (size(r.date) < size(e.date) AND left(e.date, size(r.date)) = r.date))
                            THEN e.date ELSE r.date END,
                 mode: r.mode} ORDER BY p.id
       } AS speakers,
       COLLECT {
         MATCH (e)<-[:AT]-(s:Statement)-[:ABOUT]->(c:Concept)
         WITH c, count(s) AS statements ORDER BY statements DESC, c.id LIMIT 50
         RETURN c {.id, .name, .nameZh, .category, .status,
                   mentions: reduce(total = 0, n IN COLLECT { MATCH (:Document)-[m:MENTIONS]->(c) RETURN m.count } | total + n),
                   documents: COUNT { (:Document)-[:MENTIONS]->(c) }}
       } AS concepts
