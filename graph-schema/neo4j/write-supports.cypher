// Records which nodes a document supports: every node its batch lists or its facts point at. This is the
// bookkeeping edge behind "deleting a document removes exactly the facts only it supported": a node that is
// not a taxonomy concept is removed when no (:Document)-[:SUPPORTS]-> edge reaches it any more.
// Parameters: $documentId, $rows [{label, id}]
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
  MATCH (n:Country {id: row.id}) WHERE row.label = 'Country' RETURN n
  UNION
  MATCH (n:Event {id: row.id}) WHERE row.label = 'Event' RETURN n
  UNION
  MATCH (n:EventSeries {id: row.id}) WHERE row.label = 'EventSeries' RETURN n
}
MERGE (d)-[:SUPPORTS]->(n)
