// The edges among the given actors (all edges when $ids is null); meetings only inside the period.
// With $ids, starts from the unique index on :Actor(id) for each actor and expands its outgoing edges
// ($ids is a parameter, so y.id IN $ids is a hash lookup); without, reads every edge.
// Parameters: $ids (list of actor ids, or null for all), $from, $to (dates or null), $includeUndated
// Columns: type, from, to, on, precision, place, title, kind, sources, evidence,
//   begins, beginsPrecision (a role's from, a membership's or partnership's since), ends, endsPrecision (a role's or membership's to)
CALL () {
  WITH 1 AS whole WHERE $ids IS NULL
  MATCH (x:Actor)-[r]->(y:Actor)
  RETURN x, r, y
  UNION ALL
  UNWIND coalesce($ids, []) AS xId
  MATCH (x:Actor {id: xId})-[r]->(y:Actor)
  WHERE y.id IN $ids
  RETURN x, r, y
}
WITH x, r, y
WHERE type(r) <> 'MET_WITH'
   OR (r.on IS NULL AND $includeUndated)
   OR (r.on IS NOT NULL
       AND ($to IS NULL OR r.on <= $to)
       AND ($from IS NULL OR CASE r.precision WHEN 'day' THEN r.on
                                           WHEN 'month' THEN r.on + duration('P1M') - duration('P1D')
                                           ELSE r.on + duration('P1Y') - duration('P1D') END >= $from))
RETURN type(r) AS type, x.id AS from, y.id AS to, r.on AS on, r.precision AS precision, r.place AS place,
       r.title AS title, r.kind AS kind, r.sources AS sources, r.evidence AS evidence,
       coalesce(r.from, r.since) AS begins, coalesce(r.fromPrecision, r.sincePrecision) AS beginsPrecision,
       r.to AS ends, r.toPrecision AS endsPrecision
ORDER BY type, from, to, on
