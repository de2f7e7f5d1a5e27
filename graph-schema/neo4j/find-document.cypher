// Is this document stored by the current extractor, and which documents does the write replace? Those are
// the other documents stored under the same source path (an older version of the file) and this document
// itself when an older extractor produced its facts (so upgrading the rules re-extracts on re-ingest) or a
// file whose key sorts after this one did (the same text from two files is made by the first key, whatever
// order they arrive in).
// Runs at the start of every write.
// Parameters: $documentId, $sourceKey, $extractorVersion
OPTIONAL MATCH (same:Document {id: $documentId})
OPTIONAL MATCH (previous:Document {sourceKey: $sourceKey})
WHERE previous.id <> $documentId
WITH same, collect(previous.id) AS others
WITH same, others, same IS NOT NULL AND same.sourceKey > $sourceKey AS earlierSource
RETURN same IS NOT NULL AND same.extractorVersion = $extractorVersion AND NOT earlierSource AS exists,
       CASE WHEN same IS NOT NULL AND (same.extractorVersion <> $extractorVersion OR earlierSource) THEN others + same.id ELSE others END AS previousIds
