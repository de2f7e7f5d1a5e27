// Every analyst decision on a candidate concept this database holds, by candidate id: applied on top of the
// taxonomy when GovGraph starts, and what `govgraph candidates export` writes.
// Parameters: none
MATCH (r:CandidateReview)
RETURN r.candidateId AS candidateId, r.name AS name, r.decision AS decision, r.mergeInto AS mergeInto, r.category AS category,
       r.nameZh AS nameZh, r.definition AS definition, coalesce(r.broader, []) AS broader, r.decidedAt AS decidedAt
ORDER BY candidateId
