// Removes the facts a document asserted on shared edges: its ids and spans leave SPOKE_AT and
// FIRST_PROPOSED_AT, and an edge no other document supports is deleted. Its statements go with it.
// Parameters: $documentId
MATCH (d:Document {id: $documentId})
CALL (d) {
  // The document supports every person and concept its SPOKE_AT / FIRST_PROPOSED_AT facts start from, so
  // this walks only its own edges instead of scanning every such relationship.
  MATCH (d)-[:SUPPORTS]->()-[r:SPOKE_AT|FIRST_PROPOSED_AT]->()
  WHERE d.id IN r.documents
  SET r.documents = [x IN r.documents WHERE x <> d.id],
      r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH d.id + ',']
  WITH r
  CALL (r) {
    // SPOKE_AT's date and mode are the least any remaining document gives ("...|date|mode" per evidence entry).
    WITH r, [x IN r.evidence | split(x, '|')] AS facts
    WHERE size(r.documents) > 0 AND type(r) = 'SPOKE_AT'
    SET r.date = reduce(least = null, f IN facts | CASE WHEN f[1] = '' OR (least IS NOT NULL AND least <= f[1]) THEN least ELSE f[1] END),
        r.mode = reduce(least = null, f IN facts | CASE WHEN f[2] = '' OR (least IS NOT NULL AND least <= f[2]) THEN least ELSE f[2] END)
  }
  WITH r
  WHERE size(r.documents) = 0
  DELETE r
}
CALL (d) {
  MATCH (d)<-[:IN]-(s:Statement)
  DETACH DELETE s
}
