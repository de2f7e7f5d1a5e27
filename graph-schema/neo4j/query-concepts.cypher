// Which concepts match a search? Name, Chinese name or alias containing $query (lower-cased; null for all),
// optionally one $category and one $status ('taxonomy' | 'candidate'), most mentioned first, then by id.
// mentions is the sum of MENTIONS counts, documents the number of documents that mention the concept.
// Parameters: $query, $category, $status, $offset, $limit
MATCH (c:Concept)
WHERE ($query IS NULL OR c.search CONTAINS $query)
  AND ($category IS NULL OR c.category = $category)
  AND ($status IS NULL OR c.status = $status)
CALL (c) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(c)
  RETURN coalesce(sum(m.count), 0) AS mentions, count(m) AS documents
}
WITH c, mentions, documents ORDER BY mentions DESC, c.id
WITH collect(c {.id, .name, .nameZh, .category, .status, mentions: mentions, documents: documents}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
