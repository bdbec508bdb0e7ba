// The next ring of a neighbourhood: the actors one edge (a meeting in the period; a role, partnership or
// membership always) from the last ring that the neighbourhood does not hold yet, ranked by how many such
// edges tie each to the last ring, then by id; at most $limit. Starts from the unique index on :Actor(id)
// for each actor of the ring and expands its edges. ($kept is a parameter, so NOT … IN $kept is a hash
// lookup, not a walk along the list.)
// Parameters: $ring (ids of the last ring), $kept (ids already in the neighbourhood), $limit, $from, $to (DATE or null), $undated (boolean)
// Columns: id, ties (edges to the last ring)
UNWIND $ring AS ringId
MATCH (r:Actor {id: ringId})-[m:MET_WITH|REPRESENTS|PARTNER_OF|MEMBER_OF]-(n:Actor)
WHERE NOT n.id IN $kept
  AND (type(m) <> 'MET_WITH' OR CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END)
WITH n.id AS id, count(m) AS ties
ORDER BY ties DESC, id
LIMIT $limit
RETURN id, ties
