// Who spoke for or against this concept? People with statements about it and their counts per stance,
// most statements first, then by person id.
// Filter (each null for "any"; the rules of FactFilter): a document is kept when its date, at its own precision,
// overlaps [$from, $to], and its language and source match; a statement when its Country (the one its document
// SPEAKS_FOR, else the one its speaker is FROM) and speaker match; a mention when its document SPEAKS_FOR the country and $speaker made a statement in it.
// Parameters: $conceptId, $from, $to, $country, $language, $source, $speaker
MATCH (p:Person)-[:MADE]->(s:Statement)-[:ABOUT]->(c:Concept {id: $conceptId}), (s)-[:IN]->(d:Document)
WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
  AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
  AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
  AND ($country IS NULL OR coalesce(head([(d)-[:SPEAKS_FOR]->(dc:Country) | dc.id]), head([(p)-[:FROM]->(pc:Country) | pc.id])) = $country) AND ($speaker IS NULL OR p.id = $speaker)
WITH p, count(CASE WHEN s.stance = 'support' THEN 1 END) AS support,
        count(CASE WHEN s.stance = 'oppose' THEN 1 END) AS oppose,
        count(CASE WHEN s.stance = 'neutral' THEN 1 END) AS neutral
RETURN p.id AS id, p.name AS name, support, oppose, neutral
ORDER BY support + oppose + neutral DESC, id
