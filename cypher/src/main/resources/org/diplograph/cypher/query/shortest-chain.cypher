// A shortest chain of meetings in a period between two different officials, with every meeting behind
// each hop. Starts from the unique index on :Actor(id) for both ends; shortestPath searches breadth-first
// from both, checking the period on each edge as it goes. 10 is Explorer.MAX_CHAIN_HOPS. Finds both
// officials itself: no row means one of the ids names no official; no chain gives one row with empty lists.
// Parameters: $a, $b (the officials' ids, different), $maxHops (1..10), $from, $to (DATE or null), $undated (boolean)
// Columns: a, b (maps: id, kind, name), officials (list of maps: id, kind, name, in order; empty when no chain),
//   hops (list, per hop, of lists of meeting maps: date, on, precision, place, sources, evidence)
MATCH (a:Actor {id: $a})
WHERE a:Official
MATCH (b:Actor {id: $b})
WHERE b:Official
OPTIONAL MATCH p = shortestPath((a)-[:MET_WITH*..10]-(b))
WHERE all(m IN relationships(p) WHERE CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END)
WITH a, b, CASE WHEN p IS NOT NULL AND length(p) <= $maxHops THEN nodes(p) ELSE [] END AS officials
CALL (officials) {
  UNWIND range(0, size(officials) - 2) AS i
  WITH i, officials[i] AS x, officials[i + 1] AS y
  CALL (x, y) {
    MATCH (x)-[m:MET_WITH]-(y)
    WHERE CASE WHEN m.on IS NULL THEN $undated
          ELSE ($to IS NULL OR m.on <= $to)
           AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
          END
    WITH m ORDER BY m.on
    RETURN collect(m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}) AS meetings
  }
  WITH i, meetings
  ORDER BY i
  RETURN collect(meetings) AS hops
}
RETURN a {.id, .kind, .name} AS a, b {.id, .kind, .name} AS b, [o IN officials | o {.id, .kind, .name}] AS officials, hops
