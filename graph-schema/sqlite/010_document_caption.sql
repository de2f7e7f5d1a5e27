-- A document's short title (DocumentCaption: at most 40 columns, cut at a word), which Neo4j Browser draws on
-- the node; the store keeps it so both stores export the same Document properties. Documents stored before
-- this migration have none until they are ingested again (the rules version that added it re-extracts them).
ALTER TABLE document ADD COLUMN caption TEXT;
