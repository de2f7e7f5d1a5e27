// How many evidence items does a concept have? Its mention count plus the statements about it.
// Parameters: $conceptId
MATCH (c:Concept {id: $conceptId})
RETURN reduce(total = 0, n IN COLLECT { MATCH (:Document)-[m:MENTIONS]->(c) RETURN m.count } | total + n)
       + COUNT { (:Statement)-[:ABOUT]->(c) } AS total
