// Upserts the places one document points at (where events were held, places it mentions).
// Parameters: $rows [{id, name, nameZh, country}]
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name,
    p.nameZh = row.nameZh,
    p.country = row.country
