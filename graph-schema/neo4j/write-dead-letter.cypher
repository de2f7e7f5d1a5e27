// Records a document that failed for good, numbered in arrival order (seq), so equal failure times still page stably.
// Parameters: $row {sourceKey, reason, contentHash, attempts, failedAt}
OPTIONAL MATCH (last:DeadLetter)
WITH coalesce(max(last.seq), 0) + 1 AS seq
CREATE (:DeadLetter {seq: seq, sourceKey: $row.sourceKey, reason: $row.reason, contentHash: $row.contentHash,
                     attempts: $row.attempts, failedAt: $row.failedAt})
