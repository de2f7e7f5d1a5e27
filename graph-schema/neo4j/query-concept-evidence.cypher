// Why is this concept in the graph? Every sentence that mentions it and every statement about it, ordered by
// the document's published date, document id and position (a plain mention before a statement at the same
// position); one page. stance and personId are set for statements, null for mentions.
// Filter (each null for "any"; the rules of FactFilter): a document is kept when its date, at its own precision,
// overlaps [$from, $to], and its language and source match; a statement when its Country (the one its document
// SPEAKS_FOR, else the one its speaker is FROM) and speaker match; a mention when its document SPEAKS_FOR the country and $speaker made a statement in it.
// Parameters: $conceptId, $offset, $limit, $from, $to, $country, $language, $source, $speaker
MATCH (c:Concept {id: $conceptId})
CALL (c) {
  MATCH (d:Document)-[m:MENTIONS]->(c)
  WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
    AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
    AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
    AND ($country IS NULL OR EXISTS { (d)-[:SPEAKS_FOR]->(:Country {id: $country}) })
    AND ($speaker IS NULL OR EXISTS { MATCH (:Person {id: $speaker})-[:MADE]->(:Statement)-[:IN]->(d) })
  UNWIND split(m.spans, ';') AS span
  WITH d, [x IN split(span, ',') | toInteger(x)] AS s
  RETURN d, s[0] AS start, s[1] AS end, s[2] AS sentenceStart, s[3] AS sentenceEnd, 0 AS kind, '' AS statementId,
         null AS stance, null AS personId
  UNION ALL
  MATCH (p:Person)-[:MADE]->(st:Statement)-[:ABOUT]->(c), (st)-[:IN]->(d:Document)
  WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
    AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
    AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
    AND ($country IS NULL OR coalesce(head([(d)-[:SPEAKS_FOR]->(dc:Country) | dc.id]), head([(p)-[:FROM]->(pc:Country) | pc.id])) = $country) AND ($speaker IS NULL OR p.id = $speaker)
  RETURN d, st.start AS start, st.end AS end, st.sentenceStart AS sentenceStart, st.sentenceEnd AS sentenceEnd, 1 AS kind,
         st.id AS statementId, st.stance AS stance, p.id AS personId
}
WITH d, start, end, sentenceStart, sentenceEnd, kind, statementId, stance, personId
ORDER BY coalesce(d.published, ''), d.id, start, kind, end, statementId
SKIP $offset
LIMIT $limit
RETURN d.id AS documentId, d.title AS title, d.published AS published, start, end, sentenceStart, sentenceEnd,
       substring(d.text, sentenceStart, sentenceEnd - sentenceStart) AS sentence, stance, personId
