// What a document's removal changes besides its own facts: the (person, concept) pairs whose ADVOCATES /
// OPPOSES weights count its statements, and the concepts whose CO_OCCURS_WITH edges count its mentions.
// The store recomputes those after the delete. No row when the document is not stored.
// Parameters: $documentId
MATCH (d:Document {id: $documentId})
RETURN COLLECT {
         MATCH (d)<-[:IN]-(s:Statement)-[:ABOUT]->(c:Concept), (p:Person)-[:MADE]->(s)
         RETURN DISTINCT {personId: p.id, conceptId: c.id}
       } AS stancePairs,
       COLLECT {
         MATCH (d)-[:MENTIONS]->(c:Concept)
         RETURN DISTINCT c.id
       } AS conceptIds
