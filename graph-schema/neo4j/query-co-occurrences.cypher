// Which concepts appear in the same documents as this one? Raw counts for association measures: documents
// mentioning this concept, all documents, and per other concept its documents and the shared ones
// (most shared first, then by id). No row when the concept is not stored.
// Parameters: $conceptId
MATCH (c:Concept {id: $conceptId})
RETURN COUNT { (:Document)-[:MENTIONS]->(c) } AS conceptDocuments,
       COUNT { (:Document) } AS totalDocuments,
       COLLECT {
         MATCH (c)-[r:CO_OCCURS_WITH]-(o:Concept)
         WITH o, r.documents AS shared ORDER BY shared DESC, o.id
         RETURN {id: o.id, name: o.name, documents: COUNT { (:Document)-[:MENTIONS]->(o) }, shared: shared}
       } AS others
