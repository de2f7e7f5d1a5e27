// (Concept)-[:BROADER]->(Concept): links concepts to their broader concepts from the taxonomy. Additive, so a
// document batch that lists a concept without its hierarchy never drops an edge; broader concepts that are
// not stored are skipped.
// Parameters: $rows [{id, broader: [concept id]}]
UNWIND $rows AS row
MATCH (c:Concept {id: row.id})
UNWIND row.broader AS broaderId
MATCH (b:Concept {id: broaderId})
MERGE (c)-[:BROADER]->(b)
