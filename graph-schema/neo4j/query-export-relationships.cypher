// Every relationship (the bookkeeping SUPPORTS edges too) sorted by type, start id and end id: the second half
// of `govgraph export`.
// Parameters: $offset, $limit
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS startId, b.id AS endId, properties(r) AS properties
ORDER BY type, startId, endId
SKIP $offset
LIMIT $limit
