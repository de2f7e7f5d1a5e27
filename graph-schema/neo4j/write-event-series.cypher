// Upserts the event series one document points at (World Internet Conference, UN General Assembly, ...).
// Parameters: $rows [{id, name, acronym}]
UNWIND $rows AS row
MERGE (s:EventSeries {id: row.id})
SET s.name = row.name,
    s.acronym = row.acronym
