// Every actor, for drawing the whole graph.
// Parameters: none
// Columns: id, kind, name, aliases
MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind, a.name AS name, a.aliases AS aliases
ORDER BY id
