// Creates or updates the :Source node of each FactSet, and tells which sources the graph held before.
// A source new to the graph cannot be in any actor's sources list yet (a list gains a source only in
// the transaction that writes its :Source node), so the actor statements append such sources without
// checking the list for repeats: that check reads the whole list, thousands of ids for a busy official.
// MERGE decides new or not after taking the source's lock, so a writer that waited for another's
// commit of the same source sees it as existing. createdNow is set and removed in this statement: it is
// never committed.
// Parameters: $rows — [{id, title, publisher, url, published (date or null)}]
// Columns: existing (ids of the rows' sources that the graph already held)
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
  ON CREATE SET s.createdNow = true
SET s.title = row.title, s.publisher = row.publisher, s.url = row.url, s.published = row.published
WITH row, s, s.createdNow IS NULL AS existed
REMOVE s.createdNow
RETURN collect(CASE WHEN existed THEN row.id END) AS existing
