// Upserts the people one document points at (speakers and people it mentions), and their FROM edge: to the
// Country with their country's code when the graph holds it (write-countries runs first), to no other.
// Parameters: $rows [{id, name, nameZh, aliases, titles, country, search}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name,
    p.nameZh = row.nameZh,
    p.aliases = row.aliases,
    p.titles = row.titles,
    p.country = row.country,
    p.search = row.search
WITH p
CALL (p) {
  MATCH (p)-[old:FROM]->(k:Country)
  WHERE k.id <> coalesce(p.country, '')
  DELETE old
}
CALL (p) {
  MATCH (k:Country {id: p.country})
  MERGE (p)-[:FROM]->(k)
}
