// One MET_WITH fact per auto-commit transaction, endpoints merged too (the naive client loop).
// Parameters: a, b, onKey, on, precision, place, meetingKey, source, evidence
MERGE (a:Actor {id: $a}) ON CREATE SET a:Official, a.kind = 'official', a.name = $a
MERGE (b:Actor {id: $b}) ON CREATE SET b:Official, b.kind = 'official', b.name = $b
MERGE (a)-[m:MET_WITH {onKey: $onKey}]->(b)
  ON CREATE SET m.on = date($on), m.precision = $precision, m.meetingKey = $meetingKey
SET m.place = coalesce(m.place, $place),
    m.sources = CASE WHEN $source IN coalesce(m.sources, []) THEN m.sources ELSE coalesce(m.sources, []) + $source END,
    m.evidence = CASE WHEN $evidence IS NULL OR $evidence IN coalesce(m.evidence, []) THEN coalesce(m.evidence, [])
                      ELSE coalesce(m.evidence, []) + $evidence END
