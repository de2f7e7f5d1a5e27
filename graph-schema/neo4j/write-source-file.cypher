// The ingest flow's bookkeeping for one input file, so a restart resumes where it stopped and skips what is unchanged.
// Parameters: $row {sourceKey, contentHash, status, attempts, documentId, error, updatedAt, fileLength, fileModified, fileChanged}
MERGE (f:SourceFile {sourceKey: $row.sourceKey})
SET f.contentHash = $row.contentHash,
    f.status = $row.status,
    f.attempts = $row.attempts,
    f.documentId = $row.documentId,
    f.error = $row.error,
    f.updatedAt = $row.updatedAt,
    f.fileLength = $row.fileLength,
    f.fileModified = $row.fileModified,
    f.fileChanged = $row.fileChanged
