// Upserts the people one document points at (speakers and people it mentions).
// Parameters: $rows [{id, name, nameZh, aliases, titles, country, search}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name,
    p.nameZh = row.nameZh,
    p.aliases = row.aliases,
    p.titles = row.titles,
    p.country = row.country,
    p.search = row.search
