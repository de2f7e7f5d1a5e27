// What the ingest flow knows about one input file (null when it never saw it).
// Parameters: $sourceKey
MATCH (f:SourceFile {sourceKey: $sourceKey})
RETURN f.sourceKey AS sourceKey, f.contentHash AS contentHash, f.status AS status, f.attempts AS attempts,
       f.documentId AS documentId, f.error AS error, f.updatedAt AS updatedAt,
       f.fileLength AS fileLength, f.fileModified AS fileModified, f.fileChanged AS fileChanged
