// Which events are in the graph, optionally the editions of one series ($seriesId)? Newest date first
// (undated last), then id; one page. documents counts the documents that support the event.
// Parameters: $seriesId, $offset, $limit
MATCH (e:Event)
WHERE $seriesId IS NULL OR e.series = $seriesId
WITH e, COUNT { (:Document)-[:SUPPORTS]->(e) } AS documents
ORDER BY coalesce(e.date, '') DESC, e.id
WITH collect(e {.id, .name, .series, .edition, .year, .date, .place, documents: documents}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
