// LOAD CSV baseline, same semantics as write/merge-partnerships.cypher. Parameters: $url, $batch
LOAD CSV WITH HEADERS FROM $url AS row
CALL {
  WITH row
  MATCH (a:Actor {id: row.a})
  MATCH (b:Actor {id: row.b})
  WITH row, a, b, date(row.since) AS since
  MERGE (a)-[p:PARTNER_OF {kind: row.kind}]->(b)
  SET p.sincePrecision = CASE WHEN since IS NOT NULL AND (p.since IS NULL OR since < p.since) THEN row.sincePrecision ELSE p.sincePrecision END,
      p.since = CASE WHEN since IS NOT NULL AND (p.since IS NULL OR since < p.since) THEN since ELSE p.since END,
      p.sources = CASE WHEN row.source IN coalesce(p.sources, []) THEN p.sources ELSE coalesce(p.sources, []) + row.source END,
      p.evidence = CASE WHEN row.evidence IS NULL OR row.evidence IN coalesce(p.evidence, []) THEN coalesce(p.evidence, [])
                        ELSE coalesce(p.evidence, []) + row.evidence END
} IN TRANSACTIONS OF $batch ROWS
