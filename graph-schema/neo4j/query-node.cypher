// Finds any node by its id, whatever its label: the start of neighbourhood and path queries.
// Parameters: $nodeId
CALL () {
  MATCH (n:Document {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Concept {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Person {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Organization {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Place {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Country {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Event {id: $nodeId}) RETURN n
  UNION
  MATCH (n:EventSeries {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Statement {id: $nodeId}) RETURN n
}
RETURN elementId(n) AS elementId, n.id AS id, labels(n)[0] AS label, coalesce(n.name, n.title, n.quote) AS name
LIMIT 1
