// How big is the graph? Documents, taxonomy and candidate concepts, people, events, statements, mentions
// (the sum of MENTIONS counts) and dead letters.
// Parameters: none.
RETURN COUNT { (:Document) } AS documents,
       COUNT { (c:Concept) WHERE c.status = 'taxonomy' } AS concepts,
       COUNT { (c:Concept) WHERE c.status = 'candidate' } AS candidateConcepts,
       COUNT { (:Person) } AS people,
       COUNT { (:Event) } AS events,
       COUNT { (:Statement) } AS statements,
       reduce(total = 0, n IN COLLECT { MATCH (:Document)-[m:MENTIONS]->() RETURN m.count } | total + n) AS mentions,
       COUNT { (:DeadLetter) } AS deadLetters
