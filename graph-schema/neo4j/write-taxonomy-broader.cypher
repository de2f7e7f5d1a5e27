// (Concept)-[:BROADER]->(Concept) from the taxonomy: each listed concept's BROADER edges become exactly the
// ones given, so a taxonomy edit that moves a concept moves its edge. The store checks beforehand that every
// broader concept exists.
// Parameters: $rows [{id, broader: [concept id]}]
UNWIND $rows AS row
MATCH (c:Concept {id: row.id})
CALL (c, row) {
  MATCH (c)-[old:BROADER]->(b:Concept)
  WHERE NOT b.id IN row.broader
  DELETE old
}
WITH c, row
UNWIND row.broader AS broaderId
MATCH (b:Concept {id: broaderId})
MERGE (c)-[:BROADER]->(b)
