-- A taxonomy concept's links to public thesauri (UNBIS Thesaurus, EuroVoc, UNESCO Thesaurus), SKOS-style:
-- JSON arrays of concept URIs, from exact_match, close_match and broad_match in graph-schema/taxonomy.
-- Candidates have none. Rows written before this migration get empty arrays until the taxonomy is written again
-- (every start writes it).
ALTER TABLE concept ADD COLUMN exact_match TEXT NOT NULL DEFAULT '[]';
ALTER TABLE concept ADD COLUMN close_match TEXT NOT NULL DEFAULT '[]';
ALTER TABLE concept ADD COLUMN broad_match TEXT NOT NULL DEFAULT '[]';
