// Records a document that failed for good, one per source and attempt (a re-run replaces it), numbered in
// arrival order (seq) when first recorded, so equal failure times still page stably.
// Parameters: $row {sourceKey, reason, contentHash, attempts, failedAt}
OPTIONAL MATCH (last:DeadLetter)
WITH coalesce(max(last.seq), 0) + 1 AS next
MERGE (x:DeadLetter {sourceKey: $row.sourceKey, attempts: $row.attempts})
ON CREATE SET x.seq = next
SET x.reason = $row.reason, x.contentHash = $row.contentHash, x.failedAt = $row.failedAt
