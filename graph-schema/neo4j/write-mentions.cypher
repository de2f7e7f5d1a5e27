// (Document)-[:MENTIONS {count, spans}]->(target): how often and where the document mentions each node.
// spans is "start,end,sentenceStart,sentenceEnd;..." ordered by start, the same text the SQLite store keeps.
// Parameters: $documentId, $rows [{label, id, count, spans}]
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Concept {id: row.id}) WHERE row.label = 'Concept' RETURN n
  UNION
  MATCH (n:Person {id: row.id}) WHERE row.label = 'Person' RETURN n
  UNION
  MATCH (n:Organization {id: row.id}) WHERE row.label = 'Organization' RETURN n
  UNION
  MATCH (n:Place {id: row.id}) WHERE row.label = 'Place' RETURN n
  UNION
  MATCH (n:Event {id: row.id}) WHERE row.label = 'Event' RETURN n
}
MERGE (d)-[m:MENTIONS]->(n)
SET m.count = row.count,
    m.spans = row.spans
