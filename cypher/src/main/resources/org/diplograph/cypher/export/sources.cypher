// The sources the exported edges name, by id, for exports that carry provenance (FollowTheMoney).
// Starts from the unique index on :Source(id) for each id.
// Parameters: $ids (list of source ids)
// Columns: id, title, publisher, url, published
UNWIND $ids AS sourceId
MATCH (s:Source {id: sourceId})
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.url AS url, s.published AS published
ORDER BY id
