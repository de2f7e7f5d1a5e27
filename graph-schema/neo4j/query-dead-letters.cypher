// Documents that failed for good, newest first (latest arrival first among equal times), one page.
// Parameters: $offset, $limit
MATCH (x:DeadLetter)
RETURN x.sourceKey AS sourceKey, x.reason AS reason, x.contentHash AS contentHash, x.attempts AS attempts,
       x.failedAt AS failedAt
ORDER BY x.failedAt DESC, x.seq DESC
SKIP $offset
LIMIT $limit
