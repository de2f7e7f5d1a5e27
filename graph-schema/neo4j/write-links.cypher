// (Document)-[:REPORTS_ON]->(Event) and (Document)-[:PUBLISHED_BY]->(Organization).
// Parameters: $documentId, $rows [{type: 'REPORTS_ON' | 'PUBLISHED_BY', id}]
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
OPTIONAL MATCH (e:Event {id: row.id}) WHERE row.type = 'REPORTS_ON'
OPTIONAL MATCH (o:Organization {id: row.id}) WHERE row.type = 'PUBLISHED_BY'
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (d)-[:REPORTS_ON]->(e))
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (d)-[:PUBLISHED_BY]->(o))
