// Actors with a spelling that begins like one of the given word prefixes: candidates for "did you mean"
// after a name matched nothing. Starts from the text index on :Actor(keyText).
// Parameters: $prefixes (list of folded word prefixes of 3 or more letters), $limit
// Columns: id, kind, name, keys (the actor's folded keys)
UNWIND $prefixes AS prefix
MATCH (a:Actor)
WHERE a.keyText CONTAINS '|' + prefix
WITH DISTINCT a
RETURN a.id AS id, a.kind AS kind, a.name AS name, a.keys AS keys
LIMIT $limit
