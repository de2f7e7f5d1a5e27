// Every input file the ingest flow knows, read once when an ingest starts.
MATCH (f:SourceFile)
RETURN f.sourceKey AS sourceKey, f.contentHash AS contentHash, f.status AS status, f.attempts AS attempts,
       f.documentId AS documentId, f.error AS error, f.updatedAt AS updatedAt,
       f.fileLength AS fileLength, f.fileModified AS fileModified, f.fileChanged AS fileChanged
ORDER BY sourceKey
