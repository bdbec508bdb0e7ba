// Actors that share a folded identity key with the given keys, each once. Asked only for the ids of a
// batch that the graph does not hold yet.
// Parameters: $keys (list of folded keys)
// Columns: id, kind (official|ministry|alliance|country), spellings (list)
UNWIND $keys AS key
MATCH (a:Actor) WHERE a.keyText CONTAINS '|' + key + '|'
WITH DISTINCT a
RETURN a.id AS id, a.kind AS kind, a.aliases AS spellings
