// The next ring of officials around an actor for an export: those one meeting (inside the period) from
// the last ring that the export does not hold yet, by id; at most $limit. Starts from the unique index on
// :Actor(id) for each actor of the ring. ($kept is a parameter, so NOT … IN $kept is a hash lookup.)
// Parameters: $ring (ids of the last ring), $kept (ids already found), $limit, $from, $to (dates or null), $includeUndated
// Columns: id
UNWIND $ring AS ringId
MATCH (r:Actor {id: ringId})-[m:MET_WITH]-(o:Actor)
WHERE NOT o.id IN $kept
  AND ((m.on IS NULL AND $includeUndated)
       OR (m.on IS NOT NULL
           AND ($to IS NULL OR m.on <= $to)
           AND ($from IS NULL OR CASE m.precision WHEN 'day' THEN m.on
                                               WHEN 'month' THEN m.on + duration('P1M') - duration('P1D')
                                               ELSE m.on + duration('P1Y') - duration('P1D') END >= $from)))
WITH DISTINCT o.id AS id
ORDER BY id
LIMIT $limit
RETURN id
