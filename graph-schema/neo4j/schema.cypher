// GovGraph schema for Neo4j: one uniqueness constraint per label on its id (MERGE then finds a node by
// index, and two writers cannot create the same node twice), and the indexes the named queries filter on.
// Applied by `govgraph schema apply`; every statement is idempotent (IF NOT EXISTS), so it is safe to rerun.
// Parameters: none.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_series_id IF NOT EXISTS FOR (n:EventSeries) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_file_key IF NOT EXISTS FOR (n:SourceFile) REQUIRE n.sourceKey IS UNIQUE;
CREATE CONSTRAINT dead_letter_seq IF NOT EXISTS FOR (n:DeadLetter) REQUIRE n.seq IS UNIQUE;
// A dead letter is merged on (sourceKey, attempts) by the one writer; an index, not a constraint, so a store that
// already holds duplicates from before still applies its schema.
CREATE INDEX dead_letter_source_attempt IF NOT EXISTS FOR (n:DeadLetter) ON (n.sourceKey, n.attempts);
CREATE CONSTRAINT candidate_review_id IF NOT EXISTS FOR (n:CandidateReview) REQUIRE n.candidateId IS UNIQUE;
// Replacing a document finds the one stored under the same path.
CREATE INDEX document_source_key IF NOT EXISTS FOR (n:Document) ON (n.sourceKey);
// Document listings and timelines sort and group on the published date.
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE INDEX concept_status IF NOT EXISTS FOR (n:Concept) ON (n.status);
CREATE INDEX concept_category IF NOT EXISTS FOR (n:Concept) ON (n.category);
CREATE INDEX event_series IF NOT EXISTS FOR (n:Event) ON (n.series);
CREATE INDEX statement_document IF NOT EXISTS FOR (n:Statement) ON (n.documentId);
// A new Country node finds the stored people of its country (write-countries).
CREATE INDEX person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
// Concept and person search is a case-insensitive substring match on names and aliases.
CREATE TEXT INDEX concept_search IF NOT EXISTS FOR (n:Concept) ON (n.search);
CREATE TEXT INDEX person_search IF NOT EXISTS FOR (n:Person) ON (n.search);
