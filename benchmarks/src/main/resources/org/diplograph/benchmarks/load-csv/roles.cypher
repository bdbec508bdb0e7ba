// LOAD CSV baseline, same semantics as write/merge-roles.cypher. Parameters: $url, $batch
LOAD CSV WITH HEADERS FROM $url AS row
CALL {
  WITH row
  MATCH (w:Actor {id: row.who})
  MATCH (b:Actor {id: row.body})
  WITH row, w, b, date(row.from) AS from, date(row.to) AS to
  MERGE (w)-[r:REPRESENTS {titleKey: coalesce(row.titleKey, '')}]->(b)
    ON CREATE SET r.title = row.title
  SET r.fromPrecision = CASE WHEN from IS NOT NULL AND (r.from IS NULL OR from < r.from) THEN row.fromPrecision ELSE r.fromPrecision END,
      r.from = CASE WHEN from IS NOT NULL AND (r.from IS NULL OR from < r.from) THEN from ELSE r.from END,
      r.toPrecision = CASE WHEN to IS NOT NULL AND (r.to IS NULL OR to > r.to) THEN row.toPrecision ELSE r.toPrecision END,
      r.to = CASE WHEN to IS NOT NULL AND (r.to IS NULL OR to > r.to) THEN to ELSE r.to END,
      r.sources = CASE WHEN row.source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.source END,
      r.evidence = CASE WHEN row.evidence IS NULL OR row.evidence IN coalesce(r.evidence, []) THEN coalesce(r.evidence, [])
                        ELSE coalesce(r.evidence, []) + row.evidence END
} IN TRANSACTIONS OF $batch ROWS
