-- Countries are facts (issue 10): a Country node per ISO 3166 alpha-3 code in graph-schema/entities/countries.csv
-- that a document's people are from or that a document speaks for, supported through document_node like any
-- other node and removed when no document supports it. (Person)-[:FROM]->(Country) is person.country where a
-- country row with that id exists; (Document)-[:SPEAKS_FOR]->(Country) is a document_link row.
CREATE TABLE country (
    id      TEXT PRIMARY KEY,     -- the alpha-3 code
    name    TEXT NOT NULL,
    name_zh TEXT
) WITHOUT ROWID;
-- A country's people (FROM read backwards).
CREATE INDEX ix_person_country ON person (country, id);

-- document_link's CHECK names its types; SQLite cannot change a CHECK in place, so the table is rebuilt
-- with SPEAKS_FOR added, its rows copied and its index made again.
DROP INDEX ix_document_link_target;
ALTER TABLE document_link RENAME TO document_link_old;
CREATE TABLE document_link (
    document_id  TEXT NOT NULL REFERENCES document (id),
    type         TEXT NOT NULL CHECK (type IN ('REPORTS_ON', 'PUBLISHED_BY', 'SPEAKS_FOR')),
    target_label TEXT NOT NULL,
    target_id    TEXT NOT NULL,
    PRIMARY KEY (document_id, type, target_id)
) WITHOUT ROWID;
INSERT INTO document_link (document_id, type, target_label, target_id)
    SELECT document_id, type, target_label, target_id FROM document_link_old;
DROP TABLE document_link_old;
CREATE INDEX ix_document_link_target ON document_link (target_id, type, document_id);

-- Documents stored before this migration have no Country facts, and their files would be skipped unread as
-- unchanged. Forgetting the stamps makes the worker read each stored file once more: the same content with a
-- newer extractor version (countries.csv is part of it) has its facts replaced, Country facts included.
UPDATE source_file SET file_length = NULL, file_modified = NULL, file_changed = NULL WHERE status = 'Stored';
