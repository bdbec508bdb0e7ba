// What happened to an actor: meetings of the officials on its side (from side-members.cypher, each
// on the side on the meeting's date), and the roles, partnerships and memberships that begin or end.
// Role, partnership and membership dates are filtered by the caller (they are few per actor).
// Starts from the unique index on :Actor(id) for the actor and for each official on its side.
// Parameters: $id (the actor's id), $members (map: official id -> list of windows {from, to, via}),
//   $from, $to (DATE or null), $undated (boolean) for meetings
// Columns: event ('meeting', 'role', 'partnership', 'membership'), on (DATE or null; a role's or
//   membership's end is its last day), precision, dateKey (a meeting's date as reported), endOn, endPrecision
//   (the end of a role or membership), actors (list of maps: id, kind, name; the subject first), place, title, sources, evidence
MATCH (x:Actor {id: $id})
CALL (x) {
  UNWIND keys($members) AS oId
  MATCH (o:Actor {id: oId})-[m:MET_WITH]-(c:Official)
  WITH o, c, m,
       CASE WHEN m.on IS NULL THEN null
            ELSE m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END
       END AS after
  WHERE CASE WHEN m.on IS NULL THEN $undated
        ELSE ($to IS NULL OR m.on <= $to) AND ($from IS NULL OR after > $from) END
    AND any(w IN $members[oId] WHERE CASE WHEN m.on IS NULL THEN w.from IS NULL AND w.to IS NULL
                                     ELSE (w.from IS NULL OR w.from < after) AND (w.to IS NULL OR w.to >= m.on) END)
  WITH m, collect(o) AS insiders, collect(c) AS others
  WITH m, insiders[0] AS o, others[0] AS c
  RETURN 'meeting' AS event, m.on AS on, m.precision AS precision, m.onKey AS dateKey, null AS endOn, null AS endPrecision,
         [o {.id, .kind, .name}, c {.id, .kind, .name}] AS actors, m.place AS place, null AS title,
         m.sources AS sources, m.evidence AS evidence
  UNION ALL
  MATCH (x)-[r:REPRESENTS]->(b)
  RETURN 'role' AS event, r.from AS on, r.fromPrecision AS precision, null AS dateKey, r.to AS endOn, r.toPrecision AS endPrecision,
         [x {.id, .kind, .name}, b {.id, .kind, .name}] AS actors, null AS place, r.title AS title, r.sources AS sources, r.evidence AS evidence
  UNION ALL
  MATCH (h:Official)-[r:REPRESENTS]->(x)
  RETURN 'role' AS event, r.from AS on, r.fromPrecision AS precision, null AS dateKey, r.to AS endOn, r.toPrecision AS endPrecision,
         [h {.id, .kind, .name}, x {.id, .kind, .name}] AS actors, null AS place, r.title AS title, r.sources AS sources, r.evidence AS evidence
  UNION ALL
  MATCH (h:Official)-[r:REPRESENTS]->(b:Ministry)-[:REPRESENTS]->(x)
  RETURN 'role' AS event, r.from AS on, r.fromPrecision AS precision, null AS dateKey, r.to AS endOn, r.toPrecision AS endPrecision,
         [h {.id, .kind, .name}, b {.id, .kind, .name}] AS actors, null AS place, r.title AS title, r.sources AS sources, r.evidence AS evidence
  UNION ALL
  MATCH (x)-[p:PARTNER_OF]-(other)
  RETURN 'partnership' AS event, p.since AS on, p.sincePrecision AS precision, null AS dateKey, null AS endOn, null AS endPrecision,
         [x {.id, .kind, .name}, other {.id, .kind, .name}] AS actors, null AS place, p.kind AS title, p.sources AS sources, p.evidence AS evidence
  UNION ALL
  MATCH (x)-[mm:MEMBER_OF]-(other)
  RETURN 'membership' AS event, mm.since AS on, mm.sincePrecision AS precision, null AS dateKey, mm.to AS endOn, mm.toPrecision AS endPrecision,
         [x {.id, .kind, .name}, other {.id, .kind, .name}] AS actors, null AS place, null AS title, mm.sources AS sources, mm.evidence AS evidence
}
RETURN event, on, precision, dateKey, endOn, endPrecision, actors, place, title, sources, evidence
