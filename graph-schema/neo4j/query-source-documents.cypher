// The documents read from one input file: the file's own, and a JSONL file's lines ("file.jsonl#L12").
// Parameters: $sourceKey, $linePrefix
MATCH (d:Document)
WHERE d.sourceKey = $sourceKey OR d.sourceKey STARTS WITH $linePrefix
RETURN d.id AS id
ORDER BY id
