-- Analysts' decisions on candidate concepts, kept per store (not in the checkout): accepting or rejecting a
-- candidate through the API changes this database only. `govgraph candidates export|import` moves them.
CREATE TABLE candidate_review (
    candidate_id TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    decision     TEXT NOT NULL CHECK (decision IN ('accept', 'reject')),
    merge_into   TEXT,
    category     TEXT,
    name_zh      TEXT,
    definition   TEXT,
    broader      TEXT NOT NULL DEFAULT '[]',   -- JSON array of concept ids
    decided_at   TEXT
) WITHOUT ROWID;
