// The officials on one side, one row per way each is on it, with the window in which that way holds:
// he is the side; he REPRESENTS it; he represents a ministry that represents it; and, with
// $viaMembership and an alliance as the side, the country he represents (directly or through a
// ministry) is a MEMBER_OF it. A window is the overlap of the dated roles (and membership) on the way.
// Starts from the unique index on :Actor(id) and expands incoming REPRESENTS and MEMBER_OF edges.
// Finds the side itself: no row means no actor has that id; a side without officials gives one row of nulls.
// Parameters: $id (the side's id), $viaMembership (boolean)
// Columns: official (id, or null), validFrom (DATE or null), validTo (DATE or null), via (ids from the official up to the side)
MATCH (side:Actor {id: $id})
OPTIONAL CALL (side) {
  WITH side WHERE side:Official
  RETURN side AS o, [] AS froms, [] AS tos, [] AS via
  UNION
  MATCH (o:Official)-[r:REPRESENTS]->(side)
  RETURN o, [r.from] AS froms, [r.to] AS tos, [side.id] AS via
  UNION
  MATCH (o:Official)-[r1:REPRESENTS]->(b:Ministry)-[r2:REPRESENTS]->(side)
  RETURN o, [r1.from, r2.from] AS froms, [r1.to, r2.to] AS tos, [b.id, side.id] AS via
  UNION
  WITH side WHERE $viaMembership AND side:Alliance
  MATCH (o:Official)-[r1:REPRESENTS]->(c:Country)-[mm:MEMBER_OF]->(side)
  RETURN o, [r1.from, mm.since] AS froms, [r1.to, mm.to] AS tos, [c.id, side.id] AS via
  UNION
  WITH side WHERE $viaMembership AND side:Alliance
  MATCH (o:Official)-[r1:REPRESENTS]->(b:Ministry)-[r2:REPRESENTS]->(c:Country)-[mm:MEMBER_OF]->(side)
  RETURN o, [r1.from, r2.from, mm.since] AS froms, [r1.to, r2.to, mm.to] AS tos, [b.id, c.id, side.id] AS via
}
WITH o, via,
     reduce(latest = null, d IN froms | CASE WHEN d IS NULL OR (latest IS NOT NULL AND latest >= d) THEN latest ELSE d END) AS validFrom,
     reduce(earliest = null, d IN tos | CASE WHEN d IS NULL OR (earliest IS NOT NULL AND earliest <= d) THEN earliest ELSE d END) AS validTo
WHERE validFrom IS NULL OR validTo IS NULL OR validFrom <= validTo
RETURN o.id AS official, validFrom, validTo, via
ORDER BY official, size(via)
