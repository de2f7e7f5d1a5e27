-- The ingest flow skips a file without reading it when its size, modification time and change time are
-- the ones it had when it was stored (a rewrite that puts size and mtime back still moves the change
-- time). Ticks, UTC; NULL for rows written before this migration, which are read once more.
ALTER TABLE source_file ADD COLUMN file_length INTEGER;
ALTER TABLE source_file ADD COLUMN file_modified INTEGER;
ALTER TABLE source_file ADD COLUMN file_changed INTEGER;

-- Dead letters are kept per source and attempt: a re-run that meets the same failure replaces its row
-- instead of adding another (they doubled on every `govgraph ingest`). Older duplicates go, newest kept.
DELETE FROM dead_letter WHERE id NOT IN (SELECT max(id) FROM dead_letter GROUP BY source_key, attempts);
CREATE UNIQUE INDEX ux_dead_letter_source_attempt ON dead_letter (source_key, attempts);
