// LOAD CSV baseline, same semantics as write/merge-memberships.cypher. Parameters: $url, $batch
LOAD CSV WITH HEADERS FROM $url AS row
CALL {
  WITH row
  MATCH (c:Actor {id: row.member})
  MATCH (a:Actor {id: row.alliance})
  WITH row, c, a, date(row.since) AS since, date(row.to) AS to
  MERGE (c)-[m:MEMBER_OF]->(a)
  SET m.sincePrecision = CASE WHEN since IS NOT NULL AND (m.since IS NULL OR since < m.since) THEN row.sincePrecision ELSE m.sincePrecision END,
      m.since = CASE WHEN since IS NOT NULL AND (m.since IS NULL OR since < m.since) THEN since ELSE m.since END,
      m.toPrecision = CASE WHEN to IS NOT NULL AND (m.to IS NULL OR to > m.to) THEN row.toPrecision ELSE m.toPrecision END,
      m.to = CASE WHEN to IS NOT NULL AND (m.to IS NULL OR to > m.to) THEN to ELSE m.to END,
      m.sources = CASE WHEN row.source IN coalesce(m.sources, []) THEN m.sources ELSE coalesce(m.sources, []) + row.source END,
      m.evidence = CASE WHEN row.evidence IS NULL OR row.evidence IN coalesce(m.evidence, []) THEN coalesce(m.evidence, [])
                        ELSE coalesce(m.evidence, []) + row.evidence END
} IN TRANSACTIONS OF $batch ROWS
