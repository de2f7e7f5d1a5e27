// Why is this concept in the graph? Every sentence that mentions it and every statement about it, ordered by
// the document's published date, document id and position (a plain mention before a statement at the same
// position); one page. stance and personId are set for statements, null for mentions.
// Parameters: $conceptId, $offset, $limit
MATCH (c:Concept {id: $conceptId})
CALL (c) {
  MATCH (d:Document)-[m:MENTIONS]->(c)
  UNWIND split(m.spans, ';') AS span
  WITH d, [x IN split(span, ',') | toInteger(x)] AS s
  RETURN d, s[0] AS start, s[1] AS end, s[2] AS sentenceStart, s[3] AS sentenceEnd, 0 AS kind, '' AS statementId,
         null AS stance, null AS personId
  UNION ALL
  MATCH (p:Person)-[:MADE]->(st:Statement)-[:ABOUT]->(c), (st)-[:IN]->(d:Document)
  RETURN d, st.start AS start, st.end AS end, st.sentenceStart AS sentenceStart, st.sentenceEnd AS sentenceEnd, 1 AS kind,
         st.id AS statementId, st.stance AS stance, p.id AS personId
}
WITH d, start, end, sentenceStart, sentenceEnd, kind, statementId, stance, personId
ORDER BY coalesce(d.published, ''), d.id, start, kind, end, statementId
SKIP $offset
LIMIT $limit
RETURN d.id AS documentId, d.title AS title, d.published AS published, start, end, sentenceStart, sentenceEnd,
       substring(d.text, sentenceStart, sentenceEnd - sentenceStart) AS sentence, stance, personId
