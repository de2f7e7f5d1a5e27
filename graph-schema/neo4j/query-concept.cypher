// One concept: its summary, definition, aliases, links to public thesauri (exactMatch, closeMatch, broadMatch:
// UNBIS, EuroVoc and UNESCO concept URIs), broader and narrower concepts, the first and last published dates of
// documents that mention it, and the events where it was first proposed (each list by id).
// Parameters: $conceptId
MATCH (c:Concept {id: $conceptId})
CALL (c) {
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(c)
  RETURN coalesce(sum(m.count), 0) AS mentions, count(m) AS documents,
         min(CASE WHEN d.published > '' THEN d.published END) AS firstSeen,
         max(CASE WHEN d.published > '' THEN d.published END) AS lastSeen
}
RETURN c {.id, .name, .nameZh, .category, .status, .definition, .aliases, .exactMatch, .closeMatch, .broadMatch, mentions: mentions, documents: documents} AS concept,
       firstSeen, lastSeen,
       COLLECT { MATCH (c)-[:BROADER]->(b:Concept) RETURN b {.id, .name} ORDER BY b.id } AS broader,
       COLLECT { MATCH (c)<-[:BROADER]-(n:Concept) RETURN n {.id, .name} ORDER BY n.id } AS narrower,
       COLLECT { MATCH (c)-[:FIRST_PROPOSED_AT]->(e:Event) RETURN DISTINCT e {.id, .name} ORDER BY e.id } AS firstProposedAt
