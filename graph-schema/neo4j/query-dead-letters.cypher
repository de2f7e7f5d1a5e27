// Dead letters in arrival order, one page.
// Parameters: $offset, $limit
MATCH (x:DeadLetter)
RETURN x.sourceKey AS sourceKey, x.reason AS reason, x.contentHash AS contentHash, x.attempts AS attempts,
       x.failedAt AS failedAt
ORDER BY x.seq
SKIP $offset
LIMIT $limit
