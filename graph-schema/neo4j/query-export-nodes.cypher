// Every node of the graph model and of the worker's bookkeeping with its label, key and properties, sorted by
// key: the first half of `govgraph export` (store-faithful: search keys and document text included).
// Parameters: $offset, $limit
MATCH (n)
WHERE n:Document OR n:Concept OR n:Person OR n:Organization OR n:Place OR n:Country OR n:Event OR n:EventSeries OR n:Statement
   OR n:SourceFile OR n:DeadLetter OR n:CandidateReview
WITH n, coalesce(n.id, n.sourceKey, n.candidateId, toString(n.seq)) AS id
RETURN id, labels(n)[0] AS label, properties(n) AS properties
ORDER BY id
SKIP $offset
LIMIT $limit
