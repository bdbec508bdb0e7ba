// The actors within $hops edges of one actor (meetings in the period; roles, partnerships and
// memberships always), and the edges among them. 3 is Explorer.MAX_NEIGHBOURHOOD_HOPS.
// Starts from the unique index on :Actor(id) and expands outward.
// Parameters: $id (the actor's id), $hops (1..3), $from, $to (DATE or null), $undated (boolean)
// Columns: centre (map: id, kind, name), actors (list of maps: id, kind, name; the centre first),
//   links (list of maps: from, to, type, title, kind, date, place, sources)
MATCH (x:Actor {id: $id})
// one branch per depth: a variable-length bound cannot be a parameter, and *1..3 cut by a filter on
// the path's length would still walk three hops (the busiest officials have thousands of edges)
OPTIONAL CALL (x) {
  WITH x WHERE $hops = 1
  MATCH (x)-[m:MET_WITH|REPRESENTS|PARTNER_OF|MEMBER_OF]-(n:Actor)
  WHERE type(m) <> 'MET_WITH' OR CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END
  RETURN DISTINCT n
  UNION
  WITH x WHERE $hops = 2
  MATCH (x)-[rs:MET_WITH|REPRESENTS|PARTNER_OF|MEMBER_OF*1..2]-(n:Actor)
  WHERE all(m IN rs WHERE type(m) <> 'MET_WITH' OR CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END)
  RETURN DISTINCT n
  UNION
  WITH x WHERE $hops = 3
  MATCH (x)-[rs:MET_WITH|REPRESENTS|PARTNER_OF|MEMBER_OF*1..3]-(n:Actor)
  WHERE all(m IN rs WHERE type(m) <> 'MET_WITH' OR CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END)
  RETURN DISTINCT n
}
WITH x, collect(DISTINCT n) AS found
WITH x, [x] + [n IN found WHERE n <> x] AS nodes
UNWIND nodes AS n
OPTIONAL MATCH (n)-[m:MET_WITH|REPRESENTS|PARTNER_OF|MEMBER_OF]->(o)
WHERE o IN nodes
  AND (type(m) <> 'MET_WITH' OR CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END)
WITH x, nodes, collect(DISTINCT m) AS edges
RETURN x {.id, .kind, .name} AS centre,
       [n IN nodes | n {.id, .kind, .name}] AS actors,
       [m IN edges | {from: startNode(m).id, to: endNode(m).id, type: type(m), title: m.title, kind: m.kind,
                      date: CASE WHEN type(m) = 'MET_WITH' AND m.on IS NOT NULL THEN m.onKey ELSE null END,
                      place: m.place, sources: m.sources}] AS links
