// Which of the given ids exist.
// Parameters: $ids (list of ids)
// Columns: id, kind (official|ministry|alliance|country), spellings (list)
UNWIND $ids AS wanted
MATCH (a:Actor {id: wanted})
RETURN a.id AS id, a.kind AS kind, a.aliases AS spellings
