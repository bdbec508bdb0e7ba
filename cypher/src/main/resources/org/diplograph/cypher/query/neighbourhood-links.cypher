// The actors of a neighbourhood, in the order given, and the edges among them (meetings in the period;
// roles, partnerships and memberships always). Starts from the unique index on :Actor(id) for each actor
// and expands its outgoing edges, so each edge is read once. ($ids is a parameter, so o.id IN $ids is a
// hash lookup.)
// Parameters: $ids (the centre first; see query/neighbourhood-ring), $from, $to (DATE or null), $undated (boolean)
// Columns: actors (list of maps: id, kind, name; empty when the first id is no actor's),
//   links (list of maps: from, to, type, title, kind, date, place, sources)
CALL () {
  UNWIND range(0, size($ids) - 1) AS i
  MATCH (n:Actor {id: $ids[i]})
  WITH i, n ORDER BY i
  RETURN collect(n {.id, .kind, .name}) AS actors
}
CALL () {
  UNWIND $ids AS nodeId
  MATCH (n:Actor {id: nodeId})-[m:MET_WITH|REPRESENTS|PARTNER_OF|MEMBER_OF]->(o:Actor)
  WHERE o.id IN $ids
    AND (type(m) <> 'MET_WITH' OR CASE WHEN m.on IS NULL THEN $undated
        ELSE ($to IS NULL OR m.on <= $to)
         AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
        END)
  RETURN collect({from: n.id, to: o.id, type: type(m), title: m.title, kind: m.kind,
                  date: CASE WHEN type(m) = 'MET_WITH' AND m.on IS NOT NULL THEN m.onKey ELSE null END,
                  place: m.place, sources: m.sources}) AS links
}
RETURN CASE WHEN size(actors) > 0 AND actors[0].id = $ids[0] THEN actors ELSE [] END AS actors, links
