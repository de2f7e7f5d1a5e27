// (Concept)-[:FIRST_PROPOSED_AT {documents, evidence}]->(Event): where a concept was first put forward, as
// documents say. Kept like SPOKE_AT: the supporting document ids and spans are on the edge, so a delete can
// shrink it.
// Parameters: $documentId, $rows [{conceptId, eventId, evidence}]
UNWIND $rows AS row
MATCH (c:Concept {id: row.conceptId})
MATCH (e:Event {id: row.eventId})
MERGE (c)-[r:FIRST_PROPOSED_AT]->(e)
SET r.documents = CASE WHEN $documentId IN coalesce(r.documents, []) THEN r.documents ELSE coalesce(r.documents, []) + $documentId END,
    r.evidence = [x IN coalesce(r.evidence, []) WHERE x <> row.evidence] + row.evidence
