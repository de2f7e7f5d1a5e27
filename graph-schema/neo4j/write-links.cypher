// (Document)-[:REPORTS_ON]->(Event), (Document)-[:PUBLISHED_BY]->(Organization) and (Document)-[:SPEAKS_FOR]->(Country).
// Parameters: $documentId, $rows [{type: 'REPORTS_ON' | 'PUBLISHED_BY' | 'SPEAKS_FOR', id}]
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
OPTIONAL MATCH (e:Event {id: row.id}) WHERE row.type = 'REPORTS_ON'
OPTIONAL MATCH (o:Organization {id: row.id}) WHERE row.type = 'PUBLISHED_BY'
OPTIONAL MATCH (k:Country {id: row.id}) WHERE row.type = 'SPEAKS_FOR'
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (d)-[:REPORTS_ON]->(e))
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (d)-[:PUBLISHED_BY]->(o))
FOREACH (_ IN CASE WHEN k IS NULL THEN [] ELSE [1] END | MERGE (d)-[:SPEAKS_FOR]->(k))
