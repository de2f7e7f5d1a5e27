// A window of one document's normalised text (offsets as the spans count them) and the text's whole length,
// so a long document is read a window at a time. No row when it is not stored.
// Parameters: $documentId, $offset, $length
MATCH (d:Document {id: $documentId})
WITH coalesce(d.text, '') AS text
WITH text, CASE WHEN $offset < size(text) THEN $offset ELSE size(text) END AS start
RETURN size(text) AS total, substring(text, start, $length) AS text
