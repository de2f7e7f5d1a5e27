// Which people are in the graph? Name, Chinese name or alias containing $query (lower-cased; null for all),
// most statements first, then by id; one page. documents counts the documents that support the person.
// Parameters: $query, $offset, $limit
MATCH (p:Person)
WHERE $query IS NULL OR p.search CONTAINS $query
WITH p, COUNT { (p)-[:MADE]->(:Statement) } AS statements, COUNT { (:Document)-[:SUPPORTS]->(p) } AS documents
ORDER BY statements DESC, p.id
WITH collect(p {.id, .name, .nameZh, .country, .titles, statements: statements, documents: documents}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
