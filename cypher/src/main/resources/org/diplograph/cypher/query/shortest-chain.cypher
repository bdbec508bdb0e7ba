// A shortest chain of meetings in a period between two different officials, with every meeting behind
// each hop. Starts from the unique index on :Actor(id) for both ends; shortestPath searches breadth-first
// from both, checking the period on each edge as it goes. 10 is Explorer.MAX_CHAIN_HOPS.
// Parameters: $a, $b (the officials' ids), $maxHops (1..10), $from, $to (DATE or null), $undated (boolean)
// Columns: officials (list of maps: id, kind, name, in order), hops (list, per hop, of lists of meeting maps:
//   date, on, precision, place, sources, evidence)
MATCH (a:Actor {id: $a})
MATCH (b:Actor {id: $b})
MATCH p = shortestPath((a)-[:MET_WITH*..10]-(b))
WHERE all(m IN relationships(p) WHERE CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END)
WITH p
WHERE length(p) <= $maxHops
WITH nodes(p) AS officials
UNWIND range(0, size(officials) - 2) AS i
WITH officials, i, officials[i] AS x, officials[i + 1] AS y
CALL (x, y) {
  MATCH (x)-[m:MET_WITH]-(y)
  WHERE CASE WHEN m.on IS NULL THEN $undated
        ELSE ($to IS NULL OR m.on <= $to)
         AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
        END
  WITH m ORDER BY m.on
  RETURN collect(m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}) AS meetings
}
WITH officials, i, meetings
ORDER BY i
RETURN [o IN officials | o {.id, .kind, .name}] AS officials, collect(meetings) AS hops
