// Forgets an input file that left the inbox (its documents are deleted first, one by one).
// Parameters: $sourceKey
MATCH (f:SourceFile {sourceKey: $sourceKey})
DELETE f
