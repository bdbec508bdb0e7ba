// Every role of an official (or ministry), earliest first. Starts from the unique index on :Actor(id).
// Finds the holder itself: no row means no official or ministry has that id; a holder without
// roles gives one row whose body and role are null.
// Parameters: $id (the holder's id)
// Columns: holder, body (maps: id, kind, name; body null when no role), onBehalfOf (list of maps: what the body represents),
//   role (map: title, from, fromPrecision, to, toPrecision, sources, evidence)
MATCH (o:Actor {id: $id})
WHERE o:Official OR o:Ministry
OPTIONAL MATCH (o)-[r:REPRESENTS]->(body)
RETURN o {.id, .kind, .name} AS holder,
       body {.id, .kind, .name} AS body,
       CASE WHEN body IS NULL THEN [] ELSE [(body)-[:REPRESENTS]->(p) | p {.id, .kind, .name}] END AS onBehalfOf,
       r {.title, .from, .fromPrecision, .to, .toPrecision, .sources, .evidence} AS role
ORDER BY r.from, body.name
