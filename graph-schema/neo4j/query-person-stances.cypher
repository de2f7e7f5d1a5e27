// What did this person speak for or against? Concepts of their statements with counts per stance, most
// statements first, then by concept id.
// Parameters: $personId
MATCH (:Person {id: $personId})-[:MADE]->(s:Statement)-[:ABOUT]->(c:Concept)
WITH c, count(CASE WHEN s.stance = 'support' THEN 1 END) AS support,
        count(CASE WHEN s.stance = 'oppose' THEN 1 END) AS oppose,
        count(CASE WHEN s.stance = 'neutral' THEN 1 END) AS neutral
RETURN c.id AS id, c.name AS name, support, oppose, neutral
ORDER BY support + oppose + neutral DESC, id
