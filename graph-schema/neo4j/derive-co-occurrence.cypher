// Recomputes (Concept)-[:CO_OCCURS_WITH {weight, documents}]->(Concept) for the given concepts: one edge per
// pair, from the smaller id to the larger, where documents (and weight) is the number of documents that
// mention both. Edges of these concepts are dropped and rebuilt from the mentions now stored.
// Parameters: $conceptIds [concept id]
MATCH (a:Concept)
WHERE a.id IN $conceptIds
OPTIONAL MATCH (a)-[old:CO_OCCURS_WITH]-(:Concept)
DELETE old
WITH collect(DISTINCT a) AS concepts
UNWIND concepts AS a
MATCH (a)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Concept)
WHERE b <> a
WITH a, b, count(DISTINCT d) AS shared
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS low, CASE WHEN a.id < b.id THEN b ELSE a END AS high, shared
WITH DISTINCT low, high, shared
MERGE (low)-[r:CO_OCCURS_WITH]->(high)
SET r.weight = shared,
    r.documents = shared
