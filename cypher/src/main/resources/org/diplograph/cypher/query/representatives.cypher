// The officials who represent a body on a day, directly or (for a country or alliance) through one of
// its ministries. Starts from the unique index on :Actor(id) and expands incoming REPRESENTS edges.
// Finds the body itself: no row means no ministry, country or alliance has that id; a body without
// such representatives gives one row of nulls.
// Parameters: $id (the body's id), $on (DATE, or null for every role ever held)
// Columns: holder, body (maps: id, kind, name, or null), onBehalfOf (list of maps: what the body represents),
//   role (map: title, from, fromPrecision, to, toPrecision, sources, evidence, or null)
MATCH (x:Actor {id: $id})
WHERE x:Ministry OR x:Country OR x:Alliance
OPTIONAL CALL (x) {
  MATCH (o:Official)-[r:REPRESENTS]->(x)
  WHERE $on IS NULL OR ((r.from IS NULL OR r.from <= $on) AND (r.to IS NULL OR r.to >= $on))
  RETURN o, r, x AS body
  UNION
  MATCH (o:Official)-[r:REPRESENTS]->(b:Ministry)-[r2:REPRESENTS]->(x)
  WHERE $on IS NULL OR ((r2.from IS NULL OR r2.from <= $on) AND (r2.to IS NULL OR r2.to >= $on)
    AND (r.from IS NULL OR r.from <= $on) AND (r.to IS NULL OR r.to >= $on))
  RETURN o, r, b AS body
}
RETURN o {.id, .kind, .name} AS holder,
       body {.id, .kind, .name} AS body,
       CASE WHEN body IS NULL THEN [] ELSE [(body)-[:REPRESENTS]->(p) | p {.id, .kind, .name}] END AS onBehalfOf,
       r {.title, .from, .fromPrecision, .to, .toPrecision, .sources, .evidence} AS role
ORDER BY r.from, o.name
