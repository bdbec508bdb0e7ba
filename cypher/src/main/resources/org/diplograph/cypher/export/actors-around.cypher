// The actors around one actor: the officials found within some meetings of it (export/met-ring, ring by
// ring), the actor itself, and every body those officials represent, directly or through their ministry.
// Starts from the unique index on :Actor(id) for each.
// Parameters: $ids (the actor first, then the officials found)
// Columns: id, kind, name, aliases (no row when the first id is no actor's)
MATCH (centre:Actor {id: $ids[0]})
UNWIND $ids AS found
MATCH (o:Actor {id: found})
OPTIONAL MATCH (o)-[:REPRESENTS]->(b:Actor)
OPTIONAL MATCH (b)-[:REPRESENTS]->(c:Actor)
WITH collect(DISTINCT o) + collect(DISTINCT b) + collect(DISTINCT c) AS all
UNWIND all AS a
WITH DISTINCT a
RETURN a.id AS id, a.kind AS kind, a.name AS name, a.aliases AS aliases
ORDER BY id
