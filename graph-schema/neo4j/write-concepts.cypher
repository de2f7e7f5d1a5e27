// Upserts the concepts one document points at: taxonomy entries and new candidates. A later document's view
// of a concept wins, except that a candidate never overwrites a taxonomy concept with the same id.
// Parameters: $rows [{id, name, nameZh, category, definition, status, aliases, search, exactMatch, closeMatch, broadMatch}]
UNWIND $rows AS row
MERGE (c:Concept {id: row.id})
WITH c, row
WHERE row.status = 'taxonomy' OR coalesce(c.status, 'candidate') = 'candidate'
SET c.name = row.name,
    c.nameZh = row.nameZh,
    c.category = row.category,
    c.definition = row.definition,
    c.status = row.status,
    c.aliases = row.aliases,
    c.search = row.search,
    c.exactMatch = row.exactMatch,
    c.closeMatch = row.closeMatch,
    c.broadMatch = row.broadMatch
