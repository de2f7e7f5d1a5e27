// When was this concept talked about? Mentions and documents per period of the documents' published date:
// $length 4 groups by year ("2023"), 7 by month ("2023-11"). By month, a document dated only by its year
// counts in a point of its own, period "2013", sorted before that year's months; undated documents are left out.
// Filter (each null for "any"; the rules of FactFilter): a document is kept when its date, at its own precision,
// overlaps [$from, $to], and its language and source match; a statement when its Country (the one its document
// SPEAKS_FOR, else the one its speaker is FROM) and speaker match; a mention when its document SPEAKS_FOR the country and $speaker made a statement in it.
// Parameters: $conceptId, $length, $from, $to, $country, $language, $source, $speaker
MATCH (d:Document)-[m:MENTIONS]->(c:Concept {id: $conceptId})
WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
  AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
  AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
  AND ($country IS NULL OR EXISTS { (d)-[:SPEAKS_FOR]->(:Country {id: $country}) })
  AND ($speaker IS NULL OR EXISTS { MATCH (:Person {id: $speaker})-[:MADE]->(:Statement)-[:IN]->(d) })
WITH coalesce(d.published, '') AS published, m
WITH CASE WHEN $length = 7 AND published =~ '[0-9]{4}-[0-9]{2}.*' THEN left(published, 7) ELSE left(published, 4) END AS period, m
WHERE period =~ '[0-9]{4}(-[0-9]{2})?'
WITH period, sum(m.count) AS mentions, count(m) AS documents
RETURN period, mentions, documents
ORDER BY period
