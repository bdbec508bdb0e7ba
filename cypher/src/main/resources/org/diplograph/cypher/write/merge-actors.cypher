// Creates or completes actors. Spellings, keys, sources and merge notes accumulate without repeats;
// the display name and kind are set when the actor is created.
// Sources new to the graph are appended without the repeat check unless $rows.seenSources (see
// write/merge-sources).
// Parameters: $rows — [{id, kind, scope, name, spellings, keys, rank, sources, seenSources, mergedIds, merges,
//   declarations}] (ActorRow)
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.name = row.name, a.kind = row.kind, a.scope = row.scope
FOREACH (_ IN CASE WHEN row.kind = 'official' THEN [1] ELSE [] END | SET a:Official)
FOREACH (_ IN CASE WHEN row.kind = 'ministry' THEN [1] ELSE [] END | SET a:Ministry)
FOREACH (_ IN CASE WHEN row.kind = 'alliance' THEN [1] ELSE [] END | SET a:Alliance)
FOREACH (_ IN CASE WHEN row.kind = 'country' THEN [1] ELSE [] END | SET a:Country)
WITH a, row,
     reduce(acc = coalesce(a.keys, []), k IN row.keys | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS keys
SET a.aliases = reduce(acc = coalesce(a.aliases, []), s IN row.spellings | CASE WHEN s IN acc THEN acc ELSE acc + s END),
    a.keys = keys,
    a.keyText = '|' + reduce(text = '', k IN keys | text + k + '|'),
    a.rank = coalesce(a.rank, row.rank),
    a.sources = CASE WHEN row.seenSources
                     THEN reduce(acc = coalesce(a.sources, []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)
                     ELSE coalesce(a.sources, []) + row.sources END,
    a.mergedIds = reduce(acc = coalesce(a.mergedIds, []), s IN row.mergedIds | CASE WHEN s IN acc THEN acc ELSE acc + s END),
    a.merges = reduce(acc = coalesce(a.merges, []), s IN row.merges | CASE WHEN s IN acc THEN acc ELSE acc + s END),
    a.declarations = reduce(acc = coalesce(a.declarations, []), s IN row.declarations | CASE WHEN s IN acc THEN acc ELSE acc + s END)
