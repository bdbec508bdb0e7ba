// Officials both A and B met in a period. Starts from the unique index on :Actor(id) for A and B.
// Parameters: $a, $b (the officials' ids), $from, $to (DATE or null), $undated (boolean)
// Columns: contact (map: id, kind, name), withA, withB (lists of meeting maps: date, on, precision, place, sources, evidence)
MATCH (a:Actor {id: $a})-[ma:MET_WITH]-(c:Official)-[mb:MET_WITH]-(b:Actor {id: $b})
WHERE c <> a AND c <> b
  AND all(m IN [ma, mb] WHERE CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END)
WITH c, collect(DISTINCT ma) AS withA, collect(DISTINCT mb) AS withB
RETURN c {.id, .kind, .name} AS contact,
       [m IN withA | m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}] AS withA,
       [m IN withB | m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}] AS withB
ORDER BY size(withA) + size(withB) DESC, c.name
