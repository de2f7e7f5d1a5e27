// Which event series are in the graph, with how many editions each has stored? By id; one page.
// Parameters: $offset, $limit
MATCH (s:EventSeries)
WITH s ORDER BY s.id
WITH collect(s {.id, .name, .acronym, editions: COUNT { (:Event)-[:EDITION_OF]->(s) }}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
