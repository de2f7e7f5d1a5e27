// One step of a neighbourhood walk: the nodes one hop from the given ones (by element id) and the edges
// that reach them, bookkeeping edges (SUPPORTS) left out; weight is a MENTIONS count or a derived edge's weight. The store repeats it up to the depth asked.
// Parameters: $elementIds
UNWIND $elementIds AS elementId
MATCH (a)-[r]-(b)
WHERE elementId(a) = elementId AND NOT r:SUPPORTS
RETURN elementId(b) AS elementId, b.id AS id, labels(b)[0] AS label, coalesce(b.name, b.title, b.quote) AS name,
       type(r) AS type, startNode(r).id AS startId, endNode(r).id AS endId,
       CASE type(r) WHEN 'MENTIONS' THEN r.count ELSE r.weight END AS weight
ORDER BY id, type, startId, endId
