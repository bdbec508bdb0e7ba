// The actors of one kind whose people met the most distinct officials in a period. A whole-graph
// question: dated meetings come from a seek on the range index MET_WITH(on) between $scanFrom and
// $scanTo; undated ones, only when $undated, from every MET_WITH edge. For a ministry, country or
// alliance, its people are the officials on its side on the meeting's date (directly or through a
// ministry), and counterparts on its own side do not count.
// Parameters: $kind ('official', 'ministry', 'country' or 'alliance'), $scanFrom, $scanTo (DATEs bounding the seek),
//   $from, $to (DATE or null), $undated (boolean), $limit
// Columns: actor (map: id, kind, name), counterparts (distinct officials met), meetings (edges counted)
CALL () {
  MATCH (a)-[m:MET_WITH]->(b)
  USING INDEX SEEK m:MET_WITH(on)
  WHERE m.on >= $scanFrom AND m.on <= $scanTo
  // the exact test sits behind WITH: merged into the seek's predicate it turns the seek into a scan
  WITH a, m, b,
       m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END AS after
  WHERE ($to IS NULL OR m.on <= $to) AND ($from IS NULL OR after > $from)
  RETURN a, m, b, after
  UNION ALL
  WITH $undated AS wanted WHERE wanted
  MATCH (a)-[m:MET_WITH]->(b)
  WHERE m.on IS NULL
  RETURN a, m, b, null AS after
}
UNWIND [[a, b], [b, a]] AS pair
WITH pair[0] AS o, pair[1] AS other, m, after
CALL (o, m, after) {
  WITH o WHERE $kind = 'official'
  RETURN o AS actor
  UNION
  MATCH (o)-[r:REPRESENTS]->(x)
  WHERE x.kind = $kind
    AND CASE WHEN m.on IS NULL THEN r.from IS NULL AND r.to IS NULL
        ELSE (r.from IS NULL OR r.from < after) AND (r.to IS NULL OR r.to >= m.on) END
  RETURN x AS actor
  UNION
  MATCH (o)-[r1:REPRESENTS]->(:Ministry)-[r2:REPRESENTS]->(x)
  WHERE x.kind = $kind
    AND all(r IN [r1, r2] WHERE CASE WHEN m.on IS NULL THEN r.from IS NULL AND r.to IS NULL
                                ELSE (r.from IS NULL OR r.from < after) AND (r.to IS NULL OR r.to >= m.on) END)
  RETURN x AS actor
}
WITH actor, other, m
WHERE $kind = 'official'
   OR NOT (EXISTS { (other)-[:REPRESENTS]->(actor) } OR EXISTS { (other)-[:REPRESENTS]->(:Ministry)-[:REPRESENTS]->(actor) })
WITH actor, count(DISTINCT other) AS counterparts, count(DISTINCT m) AS meetings
RETURN actor {.id, .kind, .name} AS actor, counterparts, meetings
ORDER BY counterparts DESC, meetings DESC, actor.name
LIMIT $limit
