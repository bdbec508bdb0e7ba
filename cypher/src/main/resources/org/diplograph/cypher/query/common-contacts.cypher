// Officials both A and B met in a period. Starts from the unique index on :Actor(id) for A and B.
// Finds A and B themselves: no row means one of the ids names no official; two officials without a
// common contact give one row whose contact is null.
// Parameters: $a, $b (the officials' ids), $from, $to (DATE or null), $undated (boolean)
// Columns: a, b (maps: id, kind, name), contact (map: id, kind, name, or null),
//   withA, withB (lists of meeting maps: date, on, precision, place, sources, evidence)
MATCH (a:Actor {id: $a})
WHERE a:Official
MATCH (b:Actor {id: $b})
WHERE b:Official
OPTIONAL MATCH (a)-[ma:MET_WITH]-(c:Official)-[mb:MET_WITH]-(b)
WHERE c <> a AND c <> b
  AND all(m IN [ma, mb] WHERE CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END)
WITH a, b, c, collect(DISTINCT ma) AS withA, collect(DISTINCT mb) AS withB
RETURN a {.id, .kind, .name} AS a,
       b {.id, .kind, .name} AS b,
       c {.id, .kind, .name} AS contact,
       [m IN withA | m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}] AS withA,
       [m IN withB | m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}] AS withB
ORDER BY size(withA) + size(withB) DESC, c.name
