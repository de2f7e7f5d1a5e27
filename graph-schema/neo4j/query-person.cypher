// One person: summary, aliases and the events they spoke at (by the event's date, undated first, then event id;
// date and mode the least any document gives; a year- or month-only date within the event's own date is that date). No row when not stored.
// Parameters: $personId
MATCH (p:Person {id: $personId})
RETURN p {.id, .name, .nameZh, .country, .titles, .aliases,
          statements: COUNT { (p)-[:MADE]->(:Statement) },
          documents: COUNT { (:Document)-[:SUPPORTS]->(p) }} AS person,
       COLLECT {
         MATCH (p)-[r:SPOKE_AT]->(e:Event)
         WITH e, r ORDER BY coalesce(e.date, ''), e.id
         RETURN {eventId: e.id, eventName: e.name,
                 date: CASE WHEN e.date IS NOT NULL AND (r.date IS NULL OR (size(r.date) < size(e.date) AND left(e.date, size(r.date)) = r.date))
                            THEN e.date ELSE r.date END,
                 mode: r.mode}
       } AS events
