// How many evidence items does a concept have? Its mention count plus the statements about it, of the documents
// and statements the filter keeps.
// Filter (each null for "any"; the rules of FactFilter): a document is kept when its date, at its own precision,
// overlaps [$from, $to], and its language and source match; a statement when its Country (the one its document
// SPEAKS_FOR, else the one its speaker is FROM) and speaker match; a mention when its document SPEAKS_FOR the country and $speaker made a statement in it.
// Parameters: $conceptId, $from, $to, $country, $language, $source, $speaker
MATCH (c:Concept {id: $conceptId})
RETURN reduce(total = 0, n IN COLLECT {
         MATCH (d:Document)-[m:MENTIONS]->(c)
         WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
  AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
  AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
  AND ($country IS NULL OR EXISTS { (d)-[:SPEAKS_FOR]->(:Country {id: $country}) })
  AND ($speaker IS NULL OR EXISTS { MATCH (:Person {id: $speaker})-[:MADE]->(:Statement)-[:IN]->(d) })
         RETURN m.count } | total + n)
       + COUNT {
         MATCH (p:Person)-[:MADE]->(s:Statement)-[:ABOUT]->(c), (s)-[:IN]->(d:Document)
         WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
  AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
  AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
           AND ($country IS NULL OR coalesce(head([(d)-[:SPEAKS_FOR]->(dc:Country) | dc.id]), head([(p)-[:FROM]->(pc:Country) | pc.id])) = $country) AND ($speaker IS NULL OR p.id = $speaker) } AS total
