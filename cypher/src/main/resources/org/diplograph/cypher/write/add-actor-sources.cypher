// Adds sources to actors the graph already holds with every spelling the rows bring (the common case
// of a bulk load); same result as write/merge-actors for such rows, without re-deriving the other lists.
// SET a:Actor changes nothing (every actor has the label) but takes the node's write lock before its
// list is read, so two writers at once never lose each other's sources (write/merge-actors does the same
// with its label SETs).
// Sources new to the graph are appended unchecked (see write/merge-sources); a row with any source the
// graph held before ($rows.seenSources) has its list checked for repeats.
// Parameters: $rows — [{id, sources, seenSources, …}] (the merge-actors rows; other fields are ignored)
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a:Actor
SET a.sources = CASE WHEN row.seenSources THEN coalesce(a.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(a.sources, [])]
                     ELSE coalesce(a.sources, []) + row.sources END
RETURN count(*) AS written
