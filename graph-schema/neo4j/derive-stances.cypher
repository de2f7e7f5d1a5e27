// Recomputes the derived (Person)-[:ADVOCATES {weight}]->(Concept) and (Person)-[:OPPOSES {weight}]->(Concept)
// edges for the given pairs from the statements now stored: weight is the number of supporting (opposing)
// statements; an edge whose count fell to zero is removed. Runs after every write, replace and delete.
// Parameters: $rows [{personId, conceptId}]
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (c:Concept {id: row.conceptId})
OPTIONAL MATCH (p)-[:MADE]->(s:Statement)-[:ABOUT]->(c)
WITH p, c,
     sum(CASE s.stance WHEN 'support' THEN 1 ELSE 0 END) AS support,
     sum(CASE s.stance WHEN 'oppose' THEN 1 ELSE 0 END) AS oppose
OPTIONAL MATCH (p)-[old:ADVOCATES|OPPOSES]->(c)
DELETE old
WITH DISTINCT p, c, support, oppose
FOREACH (_ IN CASE WHEN support > 0 THEN [1] ELSE [] END | CREATE (p)-[:ADVOCATES {weight: support}]->(c))
FOREACH (_ IN CASE WHEN oppose > 0 THEN [1] ELSE [] END | CREATE (p)-[:OPPOSES {weight: oppose}]->(c))
