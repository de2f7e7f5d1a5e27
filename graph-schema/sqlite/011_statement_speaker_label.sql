-- An Organization can make a Statement: the body that issues a regulation speaks in its own voice
-- ((Organization)-[:MADE]->(Statement)). statement.person_id is now the speaker's id, a person's or (speaker_label
-- 'Organization') an organisation's, so it no longer references person; the batch check and document_node keep
-- the speaker node alive as before. SQLite cannot drop a foreign key in place, so both statement tables are
-- rebuilt: renamed aside (statement_about's reference follows the rename), recreated, copied, and the old ones
-- dropped child first, so no ON DELETE CASCADE fires.
DROP INDEX ix_statement_document;
DROP INDEX ix_statement_person;
DROP INDEX ix_statement_event;
DROP INDEX ix_statement_about_concept;
ALTER TABLE statement_about RENAME TO statement_about_old;
ALTER TABLE statement RENAME TO statement_old;

CREATE TABLE statement (
    id             TEXT PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES document (id),
    person_id      TEXT NOT NULL,
    speaker_label  TEXT NOT NULL DEFAULT 'Person' CHECK (speaker_label IN ('Person', 'Organization')),
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
INSERT INTO statement (id, document_id, person_id, speaker_label, verb, stance, quote, start, end, sentence_start, sentence_end, event_id, published_key)
    SELECT id, document_id, person_id, 'Person', verb, stance, quote, start, end, sentence_start, sentence_end, event_id, published_key FROM statement_old;
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
INSERT INTO statement_about SELECT statement_id, concept_id, document_id, published_key, start FROM statement_about_old;
CREATE INDEX ix_statement_about_concept ON statement_about (concept_id, published_key, document_id, start, statement_id);

DROP TABLE statement_about_old;
DROP TABLE statement_old;
