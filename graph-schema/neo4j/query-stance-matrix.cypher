// Who supports or opposes these concepts, by person or by country? Statements about each concept counted per
// stance and per group: $by 'person' groups by speaker, 'country' by the statement's Country node (the one its
// document SPEAKS_FOR, else the one its speaker is FROM; statements with none are left out), named by that node.
// Ordered by group, then concept.
// Filter (each null for "any"; the rules of FactFilter): a document is kept when its date, at its own precision,
// overlaps [$from, $to], and its language and source match; a statement when its Country and speaker match.
// Parameters: $conceptIds, $by, $from, $to, $country, $language, $source, $speaker
UNWIND $conceptIds AS wanted
WITH DISTINCT wanted
MATCH (p:Person)-[:MADE]->(s:Statement)-[:ABOUT]->(c:Concept {id: wanted}), (s)-[:IN]->(d:Document)
WHERE ($from IS NULL OR (coalesce(d.published, '') <> '' AND d.published >= left($from, size(d.published))))
  AND ($to IS NULL OR (coalesce(d.published, '') <> '' AND d.published <= $to))
  AND ($language IS NULL OR d.language = $language) AND ($source IS NULL OR d.source = $source)
  AND ($speaker IS NULL OR p.id = $speaker)
WITH c, s, p, coalesce(head([(d)-[:SPEAKS_FOR]->(dc:Country) | dc]), head([(p)-[:FROM]->(pc:Country) | pc])) AS country
WHERE $country IS NULL OR country.id = $country
WITH c, s, CASE $by WHEN 'country' THEN country.id ELSE p.id END AS groupId,
     CASE $by WHEN 'country' THEN country.name ELSE p.name END AS groupName
WHERE groupId IS NOT NULL
WITH groupId, max(groupName) AS groupName, c.id AS conceptId,
     count(CASE WHEN s.stance = 'support' THEN 1 END) AS support,
     count(CASE WHEN s.stance = 'oppose' THEN 1 END) AS oppose,
     count(CASE WHEN s.stance = 'neutral' THEN 1 END) AS neutral
RETURN groupId, groupName, conceptId, support, oppose, neutral
ORDER BY groupId, conceptId
