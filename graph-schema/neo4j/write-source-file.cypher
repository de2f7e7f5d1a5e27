// The worker's bookkeeping for one input file, so a restarted worker resumes where it stopped.
// Parameters: $row {sourceKey, contentHash, status, attempts, documentId, error, updatedAt}
MERGE (f:SourceFile {sourceKey: $row.sourceKey})
SET f.contentHash = $row.contentHash,
    f.status = $row.status,
    f.attempts = $row.attempts,
    f.documentId = $row.documentId,
    f.error = $row.error,
    f.updatedAt = $row.updatedAt
