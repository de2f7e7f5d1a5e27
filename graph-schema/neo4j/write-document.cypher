// Creates (or refreshes) the Document node of one ingested document: its metadata and the normalised text
// every evidence span points into. Runs first in the document's transaction; every fact hangs off this node.
// Parameters: $row {id, sourceKey, title, caption, uri, source, language, published, country, ingestedAt, extractorVersion, length, text}
MERGE (d:Document {id: $row.id})
SET d.sourceKey = $row.sourceKey,
    d.title = $row.title,
    d.caption = $row.caption,
    d.uri = $row.uri,
    d.source = $row.source,
    d.language = $row.language,
    d.published = $row.published,
    d.country = $row.country,
    d.ingestedAt = $row.ingestedAt,
    d.extractorVersion = $row.extractorVersion,
    d.length = $row.length,
    d.text = $row.text
