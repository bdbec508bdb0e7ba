// The officials who represent a body on a day, directly or (for a country or alliance) through one of
// its ministries. Starts from the unique index on :Actor(id) and expands incoming REPRESENTS edges.
// Parameters: $id (the body's id), $on (DATE, or null for every role ever held)
// Columns: holder, body (maps: id, kind, name), onBehalfOf (list of maps: what the body represents),
//   role (map: title, from, fromPrecision, to, toPrecision, sources, evidence)
MATCH (x:Actor {id: $id})
CALL (x) {
  MATCH (o:Official)-[r:REPRESENTS]->(x)
  RETURN o, r, x AS body
  UNION
  MATCH (o:Official)-[r:REPRESENTS]->(b:Ministry)-[r2:REPRESENTS]->(x)
  WHERE $on IS NULL OR ((r2.from IS NULL OR r2.from <= $on) AND (r2.to IS NULL OR r2.to >= $on))
  RETURN o, r, b AS body
}
WITH o, r, body
WHERE $on IS NULL OR ((r.from IS NULL OR r.from <= $on) AND (r.to IS NULL OR r.to >= $on))
RETURN o {.id, .kind, .name} AS holder,
       body {.id, .kind, .name} AS body,
       [(body)-[:REPRESENTS]->(p) | p {.id, .kind, .name}] AS onBehalfOf,
       r {.title, .from, .fromPrecision, .to, .toPrecision, .sources, .evidence} AS role
ORDER BY r.from, o.name
