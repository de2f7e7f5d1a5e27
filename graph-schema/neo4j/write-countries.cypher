// Upserts the Country nodes one document points at (its people's countries, the country it speaks for; codes
// from graph-schema/entities/countries.csv only) and links every stored person of that country to it, so
// (Person)-[:FROM]->(Country) holds whether the person or the country was written first.
// Parameters: $rows [{id, name, nameZh}]
UNWIND $rows AS row
MERGE (c:Country {id: row.id})
SET c.name = row.name,
    c.nameZh = row.nameZh
WITH c
CALL (c) {
  MATCH (p:Person {country: c.id})
  MERGE (p)-[:FROM]->(c)
}
