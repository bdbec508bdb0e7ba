// Sets the lists of an actor after a decision merged another into it or split one out of it.
// Parameters: $id, $aliases, $keys, $sources, $mergedIds, $merges, $declarations (lists), $rank
MATCH (a:Actor {id: $id})
SET a.aliases = $aliases, a.keys = $keys, a.keyText = '|' + reduce(text = '', k IN $keys | text + k + '|'),
    a.sources = $sources, a.mergedIds = $mergedIds, a.merges = $merges, a.declarations = $declarations,
    a.rank = $rank
