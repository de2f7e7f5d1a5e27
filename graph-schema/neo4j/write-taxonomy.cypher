// Upserts taxonomy concepts from graph-schema/taxonomy (concepts exist even when no document mentions them).
// A candidate that the taxonomy now lists becomes a taxonomy concept. BROADER edges follow in write-concept-broader.
// Parameters: $rows [{id, name, nameZh, category, definition, aliases, search, exactMatch, closeMatch, broadMatch}]
UNWIND $rows AS row
MERGE (c:Concept {id: row.id})
SET c.name = row.name,
    c.nameZh = row.nameZh,
    c.category = row.category,
    c.definition = row.definition,
    c.status = 'taxonomy',
    c.aliases = row.aliases,
    c.search = row.search,
    c.exactMatch = row.exactMatch,
    c.closeMatch = row.closeMatch,
    c.broadMatch = row.broadMatch
