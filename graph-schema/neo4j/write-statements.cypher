// Statements as nodes: (Person | Organization)-[:MADE]->(Statement)-[:ABOUT]->(Concept), (Statement)-[:IN]->(Document),
// (Statement)-[:AT]->(Event). A statement belongs to exactly one document, so deleting the document deletes it. The
// speaker is a Person, or the Organization that issued a policy document (speakerLabel).
// Parameters: $documentId, $rows [{id, personId, speakerLabel, verb, stance, quote, start, end, sentenceStart, sentenceEnd, conceptIds, eventId}]
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
CALL (row) {
  MATCH (p:Person {id: row.personId}) WHERE row.speakerLabel = 'Person' RETURN p
  UNION
  MATCH (p:Organization {id: row.personId}) WHERE row.speakerLabel = 'Organization' RETURN p
}
MERGE (s:Statement {id: row.id})
SET s.verb = row.verb,
    s.stance = row.stance,
    s.quote = row.quote,
    s.documentId = $documentId,
    s.start = row.start,
    s.end = row.end,
    s.sentenceStart = row.sentenceStart,
    s.sentenceEnd = row.sentenceEnd
MERGE (p)-[:MADE]->(s)
MERGE (s)-[:IN]->(d)
WITH s, row
OPTIONAL MATCH (e:Event {id: row.eventId})
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (s)-[:AT]->(e))
WITH s, row
UNWIND row.conceptIds AS conceptId
MATCH (c:Concept {id: conceptId})
MERGE (s)-[:ABOUT]->(c)
