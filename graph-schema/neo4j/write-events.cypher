// Upserts the events one document points at, with (Event)-[:EDITION_OF]->(EventSeries) and
// (Event)-[:HELD_IN]->(Place) when the series and place are stored. Runs after series and places.
// Parameters: $rows [{id, name, series, edition, year, date, place}]
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.name = row.name,
    e.series = row.series,
    e.edition = row.edition,
    e.year = row.year,
    e.date = row.date,
    e.place = row.place
WITH e, row
OPTIONAL MATCH (s:EventSeries {id: row.series})
OPTIONAL MATCH (p:Place {id: row.place})
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (e)-[:EDITION_OF]->(s))
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (e)-[:HELD_IN]->(p))
