// The actors a name or id may name, each once, with how each was found. Shared by every method that
// takes a name; all three branches start from an index (:Actor(id) unique, :Actor(scope), :Actor(keyText) text).
// Parameters: $id (the text when it has an id's form, else null), $scope (that id's part before '/', else null),
//   $key (the folded text, or null when it has no letters or digits)
// Columns: actor (map: id, kind, name, aliases, rank, mergedIds, merges, sources), matchedBy (list of 'id', 'merged id', 'name')
CALL () {
  MATCH (a:Actor {id: $id})
  RETURN a, 'id' AS how
  UNION
  MATCH (a:Actor {scope: $scope})
  WHERE $id IN a.mergedIds
  RETURN a, 'merged id' AS how
  UNION
  MATCH (a:Actor)
  WHERE a.keyText CONTAINS '|' + $key + '|'
  RETURN a, 'name' AS how
}
WITH a, collect(how) AS matchedBy
RETURN a {.id, .kind, .name, .aliases, .rank, .mergedIds, .merges, .sources} AS actor, matchedBy
ORDER BY a.id
