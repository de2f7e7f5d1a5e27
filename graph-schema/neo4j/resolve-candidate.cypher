// An analyst's decision on a candidate concept. Accepted without a target: it joins the taxonomy (with the
// category given, if any). Accepted into $mergeIntoId: its mentions, statements and supporting documents move
// to that concept and the candidate is deleted. Rejected: the candidate and its edges are deleted.
// Returns the concepts whose derived edges must be recomputed; no row when there is no such candidate.
// Parameters: $candidateId, $accept (boolean), $mergeIntoId (string or null), $category (string or null)
MATCH (c:Concept {id: $candidateId, status: 'candidate'})
OPTIONAL MATCH (target:Concept {id: $mergeIntoId})
WITH c, target, $accept AND target IS NULL AND $mergeIntoId IS NULL AS promote, $accept AND target IS NOT NULL AS merge
CALL (c, target, merge) {
  WITH * WHERE merge
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(c)
  FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END |
    MERGE (d)-[t:MENTIONS]->(target)
    SET t.count = coalesce(t.count, 0) + m.count,
        t.spans = CASE WHEN t.spans IS NULL THEN m.spans ELSE t.spans + ';' + m.spans END)
  WITH DISTINCT c, target
  OPTIONAL MATCH (s:Statement)-[:ABOUT]->(c)
  FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (s)-[:ABOUT]->(target))
  WITH DISTINCT c, target
  OPTIONAL MATCH (d:Document)-[:SUPPORTS]->(c)
  FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (d)-[:SUPPORTS]->(target))
}
SET c.status = CASE WHEN promote THEN 'taxonomy' ELSE c.status END,
    c.category = CASE WHEN promote AND $category IS NOT NULL THEN $category ELSE c.category END
WITH c, target, promote,
     COLLECT { MATCH (p:Person)-[:MADE]->(:Statement)-[:ABOUT]->(c) RETURN DISTINCT p.id } AS people,
     COLLECT { MATCH (c)<-[:MENTIONS]-(:Document)-[:MENTIONS]->(o:Concept) WHERE o <> c RETURN DISTINCT o.id } AS neighbours
CALL (c, promote) {
  WITH * WHERE NOT promote
  DETACH DELETE c
}
RETURN people, neighbours, target.id AS targetId
