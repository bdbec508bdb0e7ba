// LOAD CSV baseline, same semantics as write/merge-actors.cypher, one row per actor declared by a
// source (ids already resolved by the generator: LOAD CSV cannot fold names). Parameters: $url, $batch
LOAD CSV WITH HEADERS FROM $url AS row
CALL {
  WITH row
  MERGE (a:Actor {id: row.id})
    ON CREATE SET a.name = row.name, a.kind = row.kind, a.scope = row.scope
  FOREACH (_ IN CASE WHEN row.kind = 'official' THEN [1] ELSE [] END | SET a:Official)
  FOREACH (_ IN CASE WHEN row.kind = 'ministry' THEN [1] ELSE [] END | SET a:Ministry)
  FOREACH (_ IN CASE WHEN row.kind = 'alliance' THEN [1] ELSE [] END | SET a:Alliance)
  FOREACH (_ IN CASE WHEN row.kind = 'country' THEN [1] ELSE [] END | SET a:Country)
  WITH a, row, split(row.spellings, ';') AS spellings, coalesce(split(row.keys, ';'), []) AS newKeys
  WITH a, row, spellings,
       reduce(acc = coalesce(a.keys, []), k IN newKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS keys
  SET a.aliases = reduce(acc = coalesce(a.aliases, []), s IN spellings | CASE WHEN s IN acc THEN acc ELSE acc + s END),
      a.keys = keys,
      a.keyText = '|' + reduce(text = '', k IN keys | text + k + '|'),
      a.rank = coalesce(a.rank, row.rank),
      a.sources = CASE WHEN row.source IN coalesce(a.sources, []) THEN a.sources ELSE coalesce(a.sources, []) + row.source END,
      a.mergedIds = coalesce(a.mergedIds, []),
      a.merges = coalesce(a.merges, [])
} IN TRANSACTIONS OF $batch ROWS
