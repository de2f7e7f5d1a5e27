// Every graph node with its label and properties, sorted by id: the first half of `govgraph export`.
// Document text and search keys are storage details and left out, like the SQLite store's export does.
// Parameters: $offset, $limit
MATCH (n)
WHERE n:Document OR n:Concept OR n:Person OR n:Organization OR n:Place OR n:Event OR n:EventSeries OR n:Statement
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS properties
ORDER BY id
SKIP $offset
LIMIT $limit
