// One person: summary, aliases and the events they spoke at (by date, then event id). No row when not stored.
// Parameters: $personId
MATCH (p:Person {id: $personId})
RETURN p {.id, .name, .nameZh, .country, .titles, .aliases,
          statements: COUNT { (p)-[:MADE]->(:Statement) },
          documents: COUNT { (:Document)-[:SUPPORTS]->(p) }} AS person,
       COLLECT {
         MATCH (p)-[r:SPOKE_AT]->(e:Event)
         WITH e, r ORDER BY coalesce(r.date, e.date, ''), e.id
         RETURN {eventId: e.id, eventName: e.name, date: coalesce(r.date, e.date), mode: r.mode}
       } AS events
