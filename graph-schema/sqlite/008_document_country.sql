-- The country a document speaks for (ISO 3166 alpha-3): a UN General Debate statement's country from its
-- manifest, else the country of the one speaker the manifest names. Stances group and filter by a
-- statement's country, coalesce(document.country, person.country); mentions by the document's.
-- Documents stored before this migration have none until they are ingested again.
ALTER TABLE document ADD COLUMN country TEXT;
