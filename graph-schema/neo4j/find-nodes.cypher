// Which of these nodes are stored? A batch may point at a node it does not list only when the store already
// holds it (a taxonomy concept, say); the store refuses the batch before writing when one is missing.
// Parameters: $rows [{label, id}]
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
RETURN row.label AS label, row.id AS id
