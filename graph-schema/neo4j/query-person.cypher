// One person: summary, aliases and the events they spoke at (by the event's date, undated first, then event id;
// date and mode the least any document gives). No row when not stored.
// Parameters: $personId
MATCH (p:Person {id: $personId})
RETURN p {.id, .name, .nameZh, .country, .titles, .aliases,
          statements: COUNT { (p)-[:MADE]->(:Statement) },
          documents: COUNT { (:Document)-[:SUPPORTS]->(p) }} AS person,
       COLLECT {
         MATCH (p)-[r:SPOKE_AT]->(e:Event)
         WITH e, r ORDER BY coalesce(e.date, ''), e.id
         RETURN {eventId: e.id, eventName: e.name, date: r.date, mode: r.mode}
       } AS events
