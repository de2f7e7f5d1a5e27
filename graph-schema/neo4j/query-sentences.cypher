// The sentences behind evidence keys: document title, published date and sentence text per span.
// Parameters: $rows [{documentId, sentenceStart, sentenceEnd}]
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
RETURN d.id AS documentId, d.title AS title, d.published AS published, row.sentenceStart AS sentenceStart,
       substring(d.text, row.sentenceStart, row.sentenceEnd - row.sentenceStart) AS sentence
