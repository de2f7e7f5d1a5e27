// Which concepts appear in the same documents as this one, among the documents the filter keeps? The raw
// counts of query-co-occurrences.cypher over those documents only: kept documents mentioning this concept,
// all kept documents, and per other concept its kept documents and the shared ones (most shared first, then id).
// No row when the concept is not stored.
// Filter (each null for "any"; the rules of FactFilter): a document is kept when its date, at its own precision,
// overlaps [$from, $to], and its language and source match; a statement when its Country (the one its document
// SPEAKS_FOR, else the one its speaker is FROM) and speaker match; a mention when its document SPEAKS_FOR the country and $speaker made a statement in it.
// Parameters: $conceptId, $from, $to, $country, $language, $source, $speaker
MATCH (c:Concept {id: $conceptId})
CALL (c) {
  OPTIONAL MATCH (d:Document)-[:MENTIONS]->(c)
  WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
  AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
  AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
  AND ($country IS NULL OR EXISTS { (d)-[:SPEAKS_FOR]->(:Country {id: $country}) })
  AND ($speaker IS NULL OR EXISTS { MATCH (:Person {id: $speaker})-[:MADE]->(:Statement)-[:IN]->(d) })
  RETURN collect(d) AS kept
}
RETURN size(kept) AS conceptDocuments,
       COUNT {
         MATCH (d:Document)
         WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
  AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
  AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
  AND ($country IS NULL OR EXISTS { (d)-[:SPEAKS_FOR]->(:Country {id: $country}) })
  AND ($speaker IS NULL OR EXISTS { MATCH (:Person {id: $speaker})-[:MADE]->(:Statement)-[:IN]->(d) }) } AS totalDocuments,
       COLLECT {
         UNWIND kept AS k
         MATCH (k)-[:MENTIONS]->(o:Concept)
         WHERE o <> c
         WITH o, count(k) AS shared ORDER BY shared DESC, o.id
         RETURN {id: o.id, name: o.name, shared: shared, documents: COUNT {
                   MATCH (d:Document)-[:MENTIONS]->(o)
                   WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
  AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
  AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
  AND ($country IS NULL OR EXISTS { (d)-[:SPEAKS_FOR]->(:Country {id: $country}) })
  AND ($speaker IS NULL OR EXISTS { MATCH (:Person {id: $speaker})-[:MADE]->(:Statement)-[:IN]->(d) }) }}
       } AS others
