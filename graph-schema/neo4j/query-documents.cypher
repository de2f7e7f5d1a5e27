// Which documents are stored? Newest published first (undated last), then by id; one page.
// Parameters: $offset, $limit
MATCH (d:Document)
WITH d ORDER BY coalesce(d.published, '') DESC, d.id
WITH collect(d) AS matched
RETURN size(matched) AS total,
       [d IN matched[$offset..($offset + $limit)] | d {.id, .title, .uri, .source, .language, .published}] AS items
