// The actors around one actor: officials within $hops meetings (inside the period), the actor
// itself, and every body those officials represent, directly or through their ministry.
// Starts from the unique index on :Actor(id).
// Parameters: $id, $hops (1..6), $from, $to (dates or null), $includeUndated
// Columns: id, kind, name, aliases
MATCH (centre:Actor {id: $id})
CALL {
  WITH centre
  MATCH path = (centre)-[:MET_WITH*0..6]-(o:Actor)
  WHERE length(path) <= $hops
    AND all(m IN relationships(path) WHERE
          (m.on IS NULL AND $includeUndated)
          OR (m.on IS NOT NULL
              AND ($to IS NULL OR m.on <= $to)
              AND ($from IS NULL OR CASE m.precision WHEN 'day' THEN m.on
                                                  WHEN 'month' THEN m.on + duration('P1M') - duration('P1D')
                                                  ELSE m.on + duration('P1Y') - duration('P1D') END >= $from)))
  RETURN DISTINCT o
}
WITH collect(o) AS met
UNWIND met AS o
OPTIONAL MATCH (o)-[:REPRESENTS]->(b:Actor)
OPTIONAL MATCH (b)-[:REPRESENTS]->(c:Actor)
WITH met, collect(b) + collect(c) AS bodies
UNWIND met + bodies AS a
WITH DISTINCT a
RETURN a.id AS id, a.kind AS kind, a.name AS name, a.aliases AS aliases
ORDER BY id
