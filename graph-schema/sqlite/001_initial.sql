-- GovGraph embedded store, schema version 1.
-- One table per node label, fact tables keyed by the document that asserts them, and derived tables
-- that the store keeps correct inside the same transaction as every write, replace and delete.
-- Applied once by the store's migrator, which records it in schema_version.

-- ───────────────────────── nodes ─────────────────────────

CREATE TABLE document (
    id                TEXT PRIMARY KEY,
    source_key        TEXT NOT NULL,
    title             TEXT NOT NULL,
    uri               TEXT,
    source            TEXT,
    language          TEXT NOT NULL,
    published         TEXT,
    ingested_at       TEXT NOT NULL,      -- ISO 8601 round-trip form, from the batch
    extractor_version TEXT NOT NULL,
    length            INTEGER NOT NULL     -- UTF-16 length of the normalised text
) WITHOUT ROWID;
CREATE INDEX ix_document_source_key ON document (source_key);
-- Listing is newest first; the expression matches the ORDER BY so SQLite walks the index instead of sorting.
CREATE INDEX ix_document_published ON document (coalesce(published, '') DESC, id);

-- The normalised text every evidence span points into, apart from the row so listing stays small.
CREATE TABLE document_text (
    document_id TEXT PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    text        TEXT NOT NULL
) WITHOUT ROWID;

-- The sentences evidence points at, cut from document_text at write time, so an evidence page reads
-- a few short rows instead of whole documents.
CREATE TABLE sentence (
    document_id TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (document_id, start)
) WITHOUT ROWID;

CREATE TABLE concept (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    name_zh    TEXT,
    category   TEXT NOT NULL,
    definition TEXT,
    status     TEXT NOT NULL CHECK (status IN ('taxonomy', 'candidate')),
    aliases    TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    search     TEXT NOT NULL                 -- lower-cased name, Chinese name and aliases, for substring search
) WITHOUT ROWID;

CREATE TABLE concept_broader (
    concept_id TEXT NOT NULL REFERENCES concept (id) ON DELETE CASCADE,
    broader_id TEXT NOT NULL REFERENCES concept (id) ON DELETE CASCADE,
    PRIMARY KEY (concept_id, broader_id)
) WITHOUT ROWID;
CREATE INDEX ix_concept_broader_broader ON concept_broader (broader_id, concept_id);

CREATE TABLE person (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    name_zh TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    titles  TEXT NOT NULL DEFAULT '[]',
    country TEXT,
    search  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organization (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    name_zh TEXT
) WITHOUT ROWID;

CREATE TABLE place (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    name_zh TEXT,
    country TEXT
) WITHOUT ROWID;

CREATE TABLE event_series (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    acronym TEXT
) WITHOUT ROWID;

CREATE TABLE event (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    series_id TEXT REFERENCES event_series (id),
    edition   INTEGER,
    year      INTEGER,
    date      TEXT,
    place_id  TEXT REFERENCES place (id)
) WITHOUT ROWID;
CREATE INDEX ix_event_series ON event (series_id, edition, id);
CREATE INDEX ix_event_place ON event (place_id);

-- ───────────────────────── facts, keyed by document ─────────────────────────

-- (Document)-[:MENTIONS {count, spans}]->(target): one row per document and target;
-- spans is "start,end,sentenceStart,sentenceEnd;..." ordered by start.
CREATE TABLE mention (
    document_id   TEXT NOT NULL REFERENCES document (id),
    target_label  TEXT NOT NULL,
    target_id     TEXT NOT NULL,
    count         INTEGER NOT NULL,
    spans         TEXT NOT NULL,
    published_key TEXT NOT NULL,        -- coalesce(document.published, ''): evidence is ordered by it
    PRIMARY KEY (document_id, target_label, target_id)
) WITHOUT ROWID;
CREATE INDEX ix_mention_target ON mention (target_label, target_id, published_key, document_id);

CREATE TABLE statement (
    id             TEXT PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES document (id),
    person_id      TEXT NOT NULL REFERENCES person (id),
    verb           TEXT NOT NULL,
    stance         TEXT NOT NULL CHECK (stance IN ('support', 'oppose', 'neutral')),
    quote          TEXT NOT NULL,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    event_id       TEXT REFERENCES event (id),
    published_key  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_statement_document ON statement (document_id);
CREATE INDEX ix_statement_person ON statement (person_id, id);
CREATE INDEX ix_statement_event ON statement (event_id, id);

CREATE TABLE statement_about (
    statement_id  TEXT NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    concept_id    TEXT NOT NULL REFERENCES concept (id),
    document_id   TEXT NOT NULL,
    published_key TEXT NOT NULL,
    start         INTEGER NOT NULL,
    PRIMARY KEY (statement_id, concept_id)
) WITHOUT ROWID;
CREATE INDEX ix_statement_about_concept ON statement_about (concept_id, published_key, document_id, start, statement_id);

CREATE TABLE spoke_at (
    document_id    TEXT NOT NULL REFERENCES document (id),
    person_id      TEXT NOT NULL REFERENCES person (id),
    event_id       TEXT NOT NULL REFERENCES event (id),
    date           TEXT,
    mode           TEXT,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    PRIMARY KEY (document_id, person_id, event_id, start)
) WITHOUT ROWID;
-- The earliest date and the least mode any document gives for a person at an event are each one index seek.
CREATE INDEX ix_spoke_at_date ON spoke_at (person_id, event_id, date);
CREATE INDEX ix_spoke_at_mode ON spoke_at (person_id, event_id, mode);

CREATE TABLE first_proposed_at (
    document_id    TEXT NOT NULL REFERENCES document (id),
    concept_id     TEXT NOT NULL REFERENCES concept (id),
    event_id       TEXT NOT NULL REFERENCES event (id),
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    PRIMARY KEY (document_id, concept_id, event_id, start)
) WITHOUT ROWID;
CREATE INDEX ix_first_proposed_at_concept ON first_proposed_at (concept_id, event_id);

-- (Document)-[:REPORTS_ON]->(Event) and (Document)-[:PUBLISHED_BY]->(Organization).
CREATE TABLE document_link (
    document_id  TEXT NOT NULL REFERENCES document (id),
    type         TEXT NOT NULL CHECK (type IN ('REPORTS_ON', 'PUBLISHED_BY')),
    target_label TEXT NOT NULL,
    target_id    TEXT NOT NULL,
    PRIMARY KEY (document_id, type, target_id)
) WITHOUT ROWID;
CREATE INDEX ix_document_link_target ON document_link (target_id, type, document_id);

-- Which documents support which node: every node a batch lists or its facts point at.
-- A non-taxonomy node with no row here any more is removed.
CREATE TABLE document_node (
    label       TEXT NOT NULL,
    node_id     TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES document (id),
    PRIMARY KEY (label, node_id, document_id)
) WITHOUT ROWID;
CREATE INDEX ix_document_node_document ON document_node (document_id);

-- ───────────────────────── derived, kept incrementally ─────────────────────────

-- Per node: mentions (sum of MENTIONS counts), mention_documents (documents that mention it),
-- documents (documents that support it) and statements (made by a person, or about a concept).
CREATE TABLE node_count (
    label             TEXT NOT NULL,
    node_id           TEXT NOT NULL,
    mentions          INTEGER NOT NULL DEFAULT 0,
    mention_documents INTEGER NOT NULL DEFAULT 0,
    documents         INTEGER NOT NULL DEFAULT 0,
    statements        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (label, node_id)
) WITHOUT ROWID;

-- Concept pairs (a < b) and the number of documents that mention both.
CREATE TABLE co_occurrence (
    a         TEXT NOT NULL,
    b         TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX ix_co_occurrence_b ON co_occurrence (b, a);

-- Statements per person, concept and stance: ADVOCATES is support, OPPOSES is oppose.
CREATE TABLE person_stance (
    person_id  TEXT NOT NULL,
    concept_id TEXT NOT NULL,
    support    INTEGER NOT NULL DEFAULT 0,
    oppose     INTEGER NOT NULL DEFAULT 0,
    neutral    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (person_id, concept_id)
) WITHOUT ROWID;
CREATE INDEX ix_person_stance_concept ON person_stance (concept_id, person_id);

-- Mentions and mentioning documents per node and period of the documents' published date: "2023" and "2023-11".
CREATE TABLE timeline (
    label     TEXT NOT NULL,
    node_id   TEXT NOT NULL,
    period    TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (label, node_id, period)
) WITHOUT ROWID;

-- SPOKE_AT and FIRST_PROPOSED_AT as relationships: one row per (type, start, end) with the number of
-- documents that assert it, so traversals and detail pages need not collapse many fact rows.
CREATE TABLE fact_edge (
    type      TEXT NOT NULL,
    start_id  TEXT NOT NULL,
    end_id    TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (type, start_id, end_id)
) WITHOUT ROWID;
CREATE INDEX ix_fact_edge_end ON fact_edge (type, end_id, start_id);

-- Statements per event and concept: the concepts an event's speakers spoke about.
CREATE TABLE event_concept (
    event_id   TEXT NOT NULL,
    concept_id TEXT NOT NULL,
    statements INTEGER NOT NULL,
    PRIMARY KEY (event_id, concept_id)
) WITHOUT ROWID;

-- Totals that would otherwise need a COUNT over millions of rows: documents, mentions, statements.
CREATE TABLE counter (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO counter (name, value) VALUES ('documents', 0), ('mentions', 0), ('statements', 0);

-- ───────────────────────── the worker's bookkeeping ─────────────────────────

CREATE TABLE source_file (
    source_key   TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    status       TEXT NOT NULL,
    attempts     INTEGER NOT NULL,
    document_id  TEXT,
    error        TEXT,
    updated_at   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE dead_letter (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    source_key   TEXT NOT NULL,
    reason       TEXT NOT NULL,
    content_hash TEXT,
    attempts     INTEGER NOT NULL,
    failed_at    TEXT NOT NULL
);
