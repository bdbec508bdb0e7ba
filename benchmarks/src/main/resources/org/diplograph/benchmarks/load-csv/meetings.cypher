// LOAD CSV baseline, same semantics as write/merge-meetings.cypher. Parameters: $url, $batch
LOAD CSV WITH HEADERS FROM $url AS row
CALL {
  WITH row
  MATCH (a:Actor {id: row.a})
  MATCH (b:Actor {id: row.b})
  MERGE (a)-[m:MET_WITH {onKey: row.onKey}]->(b)
    ON CREATE SET m.on = date(row.on), m.precision = row.precision, m.meetingKey = row.meetingKey
  SET m.place = coalesce(m.place, row.place),
      m.sources = CASE WHEN row.source IN coalesce(m.sources, []) THEN m.sources ELSE coalesce(m.sources, []) + row.source END,
      m.evidence = CASE WHEN row.evidence IS NULL OR row.evidence IN coalesce(m.evidence, []) THEN coalesce(m.evidence, [])
                        ELSE coalesce(m.evidence, []) + row.evidence END
} IN TRANSACTIONS OF $batch ROWS
