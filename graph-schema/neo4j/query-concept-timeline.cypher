// When was this concept talked about? Mentions and documents per period of the documents' published date:
// $length 4 groups by year ("2023"), 7 by month ("2023-11"). By month, a document dated only by its year
// counts in a point of its own, period "2013", sorted before that year's months; undated documents are left out.
// Parameters: $conceptId, $length
MATCH (d:Document)-[m:MENTIONS]->(c:Concept {id: $conceptId})
WITH coalesce(d.published, '') AS published, m
WITH CASE WHEN $length = 7 AND published =~ '[0-9]{4}-[0-9]{2}.*' THEN left(published, 7) ELSE left(published, 4) END AS period, m
WHERE period =~ '[0-9]{4}(-[0-9]{2})?'
WITH period, sum(m.count) AS mentions, count(m) AS documents
RETURN period, mentions, documents
ORDER BY period
