// One MET_WITH edge per pair of officials and reported date, stored from the lower id to the higher.
// Two sources reporting the same meeting give one edge listing both sources and both sentences.
// Parameters: $rows — [{a, b, onKey ("2020-02-06", "2020-02", "2020" or "undated"), on (date or null),
//   precision, place, meetingKey, source, evidence}]
// Endpoints are found through the :Actor(id) constraint's index (a :Official {id} pattern would scan
// every official per row: the planner has no index on :Official(id)).
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (a:Actor {id: row.a}) WHERE a:Official
MATCH (b:Actor {id: row.b}) WHERE b:Official
MERGE (a)-[m:MET_WITH {onKey: row.onKey}]->(b)
  ON CREATE SET m.on = row.on, m.precision = row.precision, m.meetingKey = row.meetingKey
SET m.place = coalesce(m.place, row.place),
    m.sources = CASE WHEN row.source IN coalesce(m.sources, []) THEN m.sources ELSE coalesce(m.sources, []) + row.source END,
    m.evidence = CASE WHEN row.evidence IS NULL OR row.evidence IN coalesce(m.evidence, []) THEN coalesce(m.evidence, [])
                      ELSE coalesce(m.evidence, []) + row.evidence END
RETURN count(*) AS written
