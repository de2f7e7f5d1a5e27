// How are two nodes connected? A shortest path of at most $maxDepth hops (bookkeeping SUPPORTS edges left
// out), with each hop's evidence as keys "documentId,start,end,sentenceStart,sentenceEnd" (plus stance and
// person for statements): mention spans, SPOKE_AT / FIRST_PROPOSED_AT evidence, the statement behind
// MADE / ABOUT / IN / AT, the statements behind ADVOCATES / OPPOSES. No row when there is no such path.
// Parameters: $fromElementId, $toElementId, $maxDepth
MATCH (a) WHERE elementId(a) = $fromElementId
MATCH (b) WHERE elementId(b) = $toElementId
MATCH p = shortestPath((a)-[:MENTIONS|REPORTS_ON|PUBLISHED_BY|SPOKE_AT|MADE|ABOUT|IN|AT|ADVOCATES|OPPOSES|CO_OCCURS_WITH|BROADER|EDITION_OF|HELD_IN|FIRST_PROPOSED_AT*..10]-(b))
WHERE length(p) <= $maxDepth
WITH p LIMIT 1
UNWIND range(0, length(p) - 1) AS i
WITH p, i, relationships(p)[i] AS r
WITH p, i, r, startNode(r) AS x, endNode(r) AS y
WITH p, i, {
  type: type(r), startId: x.id, endId: y.id,
  evidence: CASE type(r)
    WHEN 'MENTIONS' THEN [s IN split(r.spans, ';') | {key: x.id + ',' + s}]
    WHEN 'SPOKE_AT' THEN [e IN r.evidence | {key: e}]
    WHEN 'FIRST_PROPOSED_AT' THEN [e IN r.evidence | {key: e}]
    WHEN 'MADE' THEN [{key: y.documentId + ',' + y.start + ',' + y.end + ',' + y.sentenceStart + ',' + y.sentenceEnd, stance: y.stance, personId: x.id}]
    WHEN 'ADVOCATES' THEN COLLECT {
      MATCH (x)-[:MADE]->(s:Statement {stance: 'support'})-[:ABOUT]->(y)
      RETURN {key: s.documentId + ',' + s.start + ',' + s.end + ',' + s.sentenceStart + ',' + s.sentenceEnd, stance: s.stance, personId: x.id} AS item
      ORDER BY s.documentId, s.start
    }
    WHEN 'OPPOSES' THEN COLLECT {
      MATCH (x)-[:MADE]->(s:Statement {stance: 'oppose'})-[:ABOUT]->(y)
      RETURN {key: s.documentId + ',' + s.start + ',' + s.end + ',' + s.sentenceStart + ',' + s.sentenceEnd, stance: s.stance, personId: x.id} AS item
      ORDER BY s.documentId, s.start
    }
    ELSE CASE WHEN x:Statement
      THEN [{key: x.documentId + ',' + x.start + ',' + x.end + ',' + x.sentenceStart + ',' + x.sentenceEnd, stance: x.stance,
             personId: COLLECT { MATCH (who:Person)-[:MADE]->(x) RETURN who.id }[0]}]
      ELSE [] END
  END
} AS edge
ORDER BY i
RETURN [n IN nodes(p) | {id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.quote)}] AS nodes, collect(edge) AS edges
