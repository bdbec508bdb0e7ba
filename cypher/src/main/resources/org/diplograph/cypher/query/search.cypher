// Actors whose folded spellings contain the folded text, or whose id starts with the text; whole
// spellings first. Starts from the text index on :Actor(keyText) and the unique index on :Actor(id).
// Parameters: $text (folded search text, not empty), $idPrefix (the text as given), $limit
// Columns: actor (map: id, kind, name, aliases, rank, mergedIds, merges, sources), exact (whether a whole spelling or the id matched)
CALL () {
  MATCH (a:Actor)
  WHERE a.keyText CONTAINS $text
  RETURN a
  UNION
  MATCH (a:Actor)
  WHERE a.id STARTS WITH $idPrefix
  RETURN a
}
WITH a, (a.keyText CONTAINS '|' + $text + '|' OR a.id = $idPrefix) AS exact
RETURN a {.id, .kind, .name, .aliases, .rank, .mergedIds, .merges, .sources} AS actor, exact
ORDER BY exact DESC, size(a.name), a.name
LIMIT $limit
