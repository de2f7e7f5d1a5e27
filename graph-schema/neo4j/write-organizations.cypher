// Upserts the organizations one document points at (publishers and organizations it mentions).
// Parameters: $rows [{id, name, nameZh}]
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name,
    o.nameZh = row.nameZh
