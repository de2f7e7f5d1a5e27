// A Country and what is grouped by it: its names, the people FROM it (most statements first, then id), how many
// documents SPEAK_FOR it, and the stances of the statements whose country it is (the Country their document
// SPEAKS_FOR, else the one their speaker is FROM) per concept, most statements first, then concept id.
// No row when the graph has no such Country.
// Parameters: $countryId
MATCH (k:Country {id: $countryId})
RETURN k {.id, .name, .nameZh} AS country,
       COUNT { (:Document)-[:SPEAKS_FOR]->(k) } AS documents,
       COLLECT {
         MATCH (p:Person)-[:FROM]->(k)
         WITH p, COUNT { (p)-[:MADE]->(:Statement) } AS statements, COUNT { (:Document)-[:SUPPORTS]->(p) } AS documents
         ORDER BY statements DESC, p.id
         RETURN p {.id, .name, .nameZh, .country, .titles, statements: statements, documents: documents}
       } AS people,
       COLLECT {
         MATCH (p:Person)-[:MADE]->(s:Statement)-[:ABOUT]->(c:Concept), (s)-[:IN]->(d:Document)
         WHERE (d)-[:SPEAKS_FOR]->(k) OR (p)-[:FROM]->(k)
         WITH s, c, coalesce(head([(d)-[:SPEAKS_FOR]->(dc:Country) | dc.id]), head([(p)-[:FROM]->(pc:Country) | pc.id])) AS country
         WHERE country = k.id
         WITH c, count(CASE WHEN s.stance = 'support' THEN 1 END) AS support,
                 count(CASE WHEN s.stance = 'oppose' THEN 1 END) AS oppose,
                 count(CASE WHEN s.stance = 'neutral' THEN 1 END) AS neutral
         ORDER BY support + oppose + neutral DESC, c.id
         RETURN {id: c.id, name: c.name, support: support, oppose: oppose, neutral: neutral}
       } AS stances
