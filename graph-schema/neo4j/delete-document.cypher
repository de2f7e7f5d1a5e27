// Deletes a document node with its MENTIONS, links and SUPPORTS edges, then every node it supported that no
// other document supports and that is not a taxonomy concept (people, events, places, candidates, ...).
// Run after delete-document-facts. Returns how many such nodes were removed.
// Parameters: $documentId
MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (d)-[:SUPPORTS]->(n)
WITH d, collect(n) AS supported
DETACH DELETE d
WITH supported
UNWIND supported AS n
WITH n
WHERE NOT (n:Concept AND n.status = 'taxonomy')
  AND NOT EXISTS { (:Document)-[:SUPPORTS]->(n) }
DETACH DELETE n
RETURN count(n) AS removed
