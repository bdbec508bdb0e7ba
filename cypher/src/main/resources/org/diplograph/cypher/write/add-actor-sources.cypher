// Adds sources to actors the graph already holds with every spelling the rows bring (the common case
// of a bulk load); same result as write/merge-actors for such rows, without re-deriving the other lists.
// Parameters: $rows — [{id, sources, …}] (the merge-actors rows; other fields are ignored)
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
WITH a, row, coalesce(a.sources, []) AS known
SET a.sources = known + [s IN row.sources WHERE NOT s IN known]
