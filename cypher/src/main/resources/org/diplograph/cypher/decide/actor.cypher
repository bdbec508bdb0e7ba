// One actor with everything a decision changes: its lists, its merged ids and how each was declared.
// Parameters: $id
// Columns: actor (map of its properties: id, kind, name, aliases, rank, sources, mergedIds, merges, declarations)
MATCH (a:Actor {id: $id})
RETURN a {.id, .kind, .name, .aliases, .rank, .sources, .mergedIds, .merges, .declarations} AS actor
