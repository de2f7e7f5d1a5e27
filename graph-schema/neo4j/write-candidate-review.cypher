// Records an analyst's decision on a candidate concept in this database (replacing an earlier one on the same
// candidate). Decisions live in the store, not in the checkout: another database is never changed by it.
// Parameters: $row {candidateId, name, decision, mergeInto, category, nameZh, definition, broader, decidedAt}
MERGE (r:CandidateReview {candidateId: $row.candidateId})
SET r.name = $row.name,
    r.decision = $row.decision,
    r.mergeInto = $row.mergeInto,
    r.category = $row.category,
    r.nameZh = $row.nameZh,
    r.definition = $row.definition,
    r.broader = $row.broader,
    r.decidedAt = $row.decidedAt
