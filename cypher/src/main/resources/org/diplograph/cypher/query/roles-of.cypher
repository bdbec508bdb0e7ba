// Every role of an official (or ministry), earliest first. Starts from the unique index on :Actor(id).
// Parameters: $id (the holder's id)
// Columns: holder, body (maps: id, kind, name), onBehalfOf (list of maps: what the body represents),
//   role (map: title, from, fromPrecision, to, toPrecision, sources, evidence)
MATCH (o:Actor {id: $id})-[r:REPRESENTS]->(body)
RETURN o {.id, .kind, .name} AS holder,
       body {.id, .kind, .name} AS body,
       [(body)-[:REPRESENTS]->(p) | p {.id, .kind, .name}] AS onBehalfOf,
       r {.title, .from, .fromPrecision, .to, .toPrecision, .sources, .evidence} AS role
ORDER BY r.from, body.name
