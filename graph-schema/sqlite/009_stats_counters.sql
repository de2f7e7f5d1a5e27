-- /api/stats read five count(*) scans per request (concepts by status, people, events, dead letters): on a
-- 100,000-document graph its cheapest route. Those totals are now counter rows too, kept by triggers on the
-- tables themselves, so every path that adds, removes or re-files a row (documents' nodes, the taxonomy,
-- candidate decisions, the collection of unsupported nodes, dead letters) keeps them exact in its own transaction.
INSERT INTO counter (name, value) VALUES
    ('concepts_taxonomy', (SELECT count(*) FROM concept WHERE status = 'taxonomy')),
    ('concepts_candidate', (SELECT count(*) FROM concept WHERE status = 'candidate')),
    ('people', (SELECT count(*) FROM person)),
    ('events', (SELECT count(*) FROM event)),
    ('dead_letters', (SELECT count(*) FROM dead_letter));

CREATE TRIGGER tr_concept_counted_insert AFTER INSERT ON concept BEGIN
    UPDATE counter SET value = value + 1 WHERE name = 'concepts_' || new.status;
END;
CREATE TRIGGER tr_concept_counted_delete AFTER DELETE ON concept BEGIN
    UPDATE counter SET value = value - 1 WHERE name = 'concepts_' || old.status;
END;
CREATE TRIGGER tr_concept_counted_status AFTER UPDATE OF status ON concept WHEN old.status <> new.status BEGIN
    UPDATE counter SET value = value - 1 WHERE name = 'concepts_' || old.status;
    UPDATE counter SET value = value + 1 WHERE name = 'concepts_' || new.status;
END;
CREATE TRIGGER tr_person_counted_insert AFTER INSERT ON person BEGIN
    UPDATE counter SET value = value + 1 WHERE name = 'people';
END;
CREATE TRIGGER tr_person_counted_delete AFTER DELETE ON person BEGIN
    UPDATE counter SET value = value - 1 WHERE name = 'people';
END;
CREATE TRIGGER tr_event_counted_insert AFTER INSERT ON event BEGIN
    UPDATE counter SET value = value + 1 WHERE name = 'events';
END;
CREATE TRIGGER tr_event_counted_delete AFTER DELETE ON event BEGIN
    UPDATE counter SET value = value - 1 WHERE name = 'events';
END;
CREATE TRIGGER tr_dead_letter_counted_insert AFTER INSERT ON dead_letter BEGIN
    UPDATE counter SET value = value + 1 WHERE name = 'dead_letters';
END;
CREATE TRIGGER tr_dead_letter_counted_delete AFTER DELETE ON dead_letter BEGIN
    UPDATE counter SET value = value - 1 WHERE name = 'dead_letters';
END;
