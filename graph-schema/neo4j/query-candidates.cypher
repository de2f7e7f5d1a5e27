// Which candidate concepts wait for an analyst? Terms that look like governance concepts but are not in the
// taxonomy, most mentioned first, then by id; one page. Their evidence comes from query-concept-evidence.
// Parameters: $offset, $limit
MATCH (c:Concept {status: 'candidate'})
CALL (c) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(c)
  RETURN coalesce(sum(m.count), 0) AS mentions, count(m) AS documents
}
WITH c, mentions, documents ORDER BY mentions DESC, c.id
WITH collect(c {.id, .name, mentions: mentions, documents: documents}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
