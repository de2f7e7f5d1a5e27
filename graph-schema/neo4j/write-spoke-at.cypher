// (Person)-[:SPOKE_AT {date, mode, documents, evidence}]->(Event). One edge per person and event, shared by
// every document that evidences it (date and mode: the least non-null value any of them gives); documents lists their ids and evidence their spans
// ("documentId,start,end,sentenceStart,sentenceEnd|date|mode"), so deleting a document shrinks the edge,
// recomputes its date and mode from what the remaining documents say, and removes it when none is left.
// Parameters: $documentId, $rows [{personId, eventId, date, mode, evidence}]
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (e:Event {id: row.eventId})
MERGE (p)-[r:SPOKE_AT]->(e)
SET r.documents = CASE WHEN $documentId IN coalesce(r.documents, []) THEN r.documents ELSE coalesce(r.documents, []) + $documentId END,
    r.evidence = [x IN coalesce(r.evidence, []) WHERE x <> row.evidence] + row.evidence,
    r.date = CASE WHEN r.date IS NULL OR row.date < r.date THEN coalesce(row.date, r.date) ELSE r.date END,
    r.mode = CASE WHEN r.mode IS NULL OR row.mode < r.mode THEN coalesce(row.mode, r.mode) ELSE r.mode END
