// An analyst's decision on a candidate concept. Accepted without a target: it joins the taxonomy (with the
// category given, if any). Accepted into $mergeIntoId: its mentions (spans merged), statements, first-proposed
// edges and supporting documents move to that concept, its name becomes an alias there, and the candidate is
// deleted. Rejected: the candidate and its edges are deleted. No row (nothing changes) when $candidateId is not
// a candidate or the concept to merge into does not exist; otherwise the people and concepts whose derived
// edges the store must recompute.
// Parameters: $candidateId, $accept (boolean), $mergeIntoId (string or null), $category (string or null)
MATCH (c:Concept {id: $candidateId, status: 'candidate'})
OPTIONAL MATCH (target:Concept {id: $mergeIntoId})
WITH c, target
WHERE NOT ($accept AND $mergeIntoId IS NOT NULL AND (target IS NULL OR target = c))
WITH c, target, $accept AND $mergeIntoId IS NULL AS promote, $accept AND $mergeIntoId IS NOT NULL AS merge
CALL (c, target, merge) {
  WITH * WHERE merge
  MATCH (d:Document)-[m:MENTIONS]->(c)
  MERGE (d)-[t:MENTIONS]->(target)
  WITH m, t, COLLECT {
    UNWIND split(m.spans, ';') + coalesce(split(t.spans, ';'), []) AS span
    WITH DISTINCT span
    WITH span, [x IN split(span, ',') | toInteger(x)] AS position
    RETURN span ORDER BY position[0], position[1]
  } AS spans
  SET t.spans = reduce(text = '', span IN spans | text + CASE WHEN text = '' THEN '' ELSE ';' END + span),
      t.count = size(spans)
}
CALL (c, target, merge) {
  WITH * WHERE merge
  MATCH (s:Statement)-[:ABOUT]->(c)
  MERGE (s)-[:ABOUT]->(target)
}
CALL (c, target, merge) {
  WITH * WHERE merge
  MATCH (c)-[f:FIRST_PROPOSED_AT]->(e:Event)
  MERGE (target)-[t:FIRST_PROPOSED_AT]->(e)
  SET t.documents = coalesce(t.documents, []) + [x IN f.documents WHERE NOT x IN coalesce(t.documents, [])],
      t.evidence = coalesce(t.evidence, []) + [x IN f.evidence WHERE NOT x IN coalesce(t.evidence, [])]
}
CALL (c, target, merge) {
  WITH * WHERE merge
  MATCH (d:Document)-[:SUPPORTS]->(c)
  MERGE (d)-[:SUPPORTS]->(target)
}
CALL (c, target, merge) {
  WITH * WHERE merge AND toLower(c.name) <> toLower(target.name)
    AND NOT toLower(c.name) IN [a IN coalesce(target.aliases, []) | toLower(a)]
  SET target.aliases = coalesce(target.aliases, []) + c.name,
      target.search = target.search + '\n' + toLower(c.name)
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
