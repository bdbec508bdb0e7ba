// Which of the given ids exist, and which actors share a folded identity key with the given keys.
// Parameters: $ids (list of ids), $keys (list of folded keys)
// Columns: id, kind (official|ministry|alliance|country), spellings (list), byKey (whether found by key)
CALL {
  UNWIND $ids AS wanted
  MATCH (a:Actor {id: wanted})
  RETURN a, false AS byKey
  UNION
  UNWIND $keys AS key
  MATCH (a:Actor) WHERE a.keyText CONTAINS '|' + key + '|'
  RETURN a, true AS byKey
}
RETURN a.id AS id, a.kind AS kind, a.aliases AS spellings, byKey
