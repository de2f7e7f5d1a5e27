// Is a document stored, and which other document was stored under the same source path (the one a new
// version of the file replaces)? Runs at the start of every write.
// Parameters: $documentId, $sourceKey
OPTIONAL MATCH (same:Document {id: $documentId})
OPTIONAL MATCH (previous:Document {sourceKey: $sourceKey})
WHERE previous.id <> $documentId
RETURN same IS NOT NULL AS exists, collect(previous.id) AS previousIds
