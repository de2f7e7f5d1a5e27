// When was this concept talked about? Mentions and documents per period of the documents' published date:
// $length 4 groups by year ("2023"), 7 by month ("2023-11"); dates without that precision are left out.
// Parameters: $conceptId, $length
MATCH (d:Document)-[m:MENTIONS]->(c:Concept {id: $conceptId})
WITH left(coalesce(d.published, ''), $length) AS period, m
WHERE (size(period) = 4 AND period =~ '[0-9]{4}') OR (size(period) = 7 AND period =~ '[0-9]{4}-[0-9]{2}')
WITH period, sum(m.count) AS mentions, count(m) AS documents
WHERE size(period) = $length
RETURN period, mentions, documents
ORDER BY period
