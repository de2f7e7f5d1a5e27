// Upserts the concepts one document points at: taxonomy entries and new candidates. A concept an analyst
// already promoted to the taxonomy stays in it when a later document still calls it a candidate.
// Parameters: $rows [{id, name, nameZh, category, definition, status, aliases, search}]
UNWIND $rows AS row
MERGE (c:Concept {id: row.id})
SET c.name = row.name,
    c.nameZh = row.nameZh,
    c.category = row.category,
    c.definition = row.definition,
    c.status = CASE WHEN c.status = 'taxonomy' THEN 'taxonomy' ELSE row.status END,
    c.aliases = row.aliases,
    c.search = row.search
