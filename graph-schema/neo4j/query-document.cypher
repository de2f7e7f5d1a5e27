// One document: its metadata, every node it mentions (label, id, name, count, spans; by label then id) and
// its statements (by start, then id). No row when it is not stored.
// Parameters: $documentId
MATCH (d:Document {id: $documentId})
RETURN d {.id, .title, .uri, .source, .language, .published, .ingestedAt, .extractorVersion, .length} AS document,
       COLLECT {
         MATCH (d)-[m:MENTIONS]->(n)
         WITH n, m, labels(n)[0] AS label
         ORDER BY label, n.id
         RETURN {label: label, id: n.id, name: n.name, count: m.count, spans: m.spans}
       } AS mentions,
       COLLECT {
         MATCH (d)<-[:IN]-(s:Statement)<-[:MADE]-(p:Person|Organization)
         OPTIONAL MATCH (s)-[:AT]->(e:Event)
         WITH s, p, e ORDER BY s.start, s.id
         RETURN s {.id, .verb, .stance, .quote, .documentId, .start, .end, .sentenceStart, .sentenceEnd,
                   personId: p.id, personName: p.name, speakerLabel: labels(p)[0], eventId: e.id,
                   conceptIds: COLLECT { MATCH (s)-[:ABOUT]->(c:Concept) RETURN c.id ORDER BY c.id }}
       } AS statements
