// Who spoke for or against this concept? People with statements about it and their counts per stance,
// most statements first, then by person id.
// Parameters: $conceptId
MATCH (p:Person)-[:MADE]->(s:Statement)-[:ABOUT]->(c:Concept {id: $conceptId})
WITH p, count(CASE WHEN s.stance = 'support' THEN 1 END) AS support,
        count(CASE WHEN s.stance = 'oppose' THEN 1 END) AS oppose,
        count(CASE WHEN s.stance = 'neutral' THEN 1 END) AS neutral
RETURN p.id AS id, p.name AS name, support, oppose, neutral
ORDER BY support + oppose + neutral DESC, id
