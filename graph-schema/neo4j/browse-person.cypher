// For Neo4j Browser: a person's stance and appearance edges to draw (ADVOCATES, OPPOSES, SPOKE_AT), without
// GovGraph's bookkeeping edges. Used by the guide; the service does not run it.
// Parameters: $personId
MATCH (p:Person {id: $personId})-[r:SPOKE_AT|ADVOCATES|OPPOSES]->(n)
RETURN p, r, n
