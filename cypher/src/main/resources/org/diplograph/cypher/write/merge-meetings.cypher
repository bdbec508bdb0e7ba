// One MET_WITH edge per pair of officials and reported date, stored from the lower id to the higher.
// Two sources reporting the same meeting give one edge listing both sources and both sentences.
// Parameters: $rows — [{start (the official whose id sorts first), end, onKey ("2020-02-06", "2020-02", "2020" or "undated"), on (date or null),
//   precision, place, meetingKey, sources (ids), seenSources, evidence (the sentence of each source, "" when none)}]
// Endpoints are found through the :Actor(id) constraint's index (a :Official {id} pattern would scan
// every official per row: the planner has no index on :Official(id)).
// One row per edge: a batch's reports of one edge come as one row with all their sources and sentences
//   (BatchWrite's EdgeRows). evidence[i] is the sentence of sources[i] (so a sentence stays with its source):
//   the evidence is set before the sources, from the lists as they were. Sources new to the graph are
//   appended unchecked (see write/merge-sources); a row with any source the graph held before (seenSources:
//   a re-load) appends only the sources not listed yet, each with its sentence.
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (a:Actor {id: row.start}) WHERE a:Official
MATCH (b:Actor {id: row.end}) WHERE b:Official
MERGE (a)-[m:MET_WITH {onKey: row.onKey}]->(b)
  ON CREATE SET m.on = row.on, m.precision = row.precision, m.meetingKey = row.meetingKey
SET m.place = coalesce(m.place, row.place),
    m.evidence = CASE WHEN row.seenSources
                        THEN coalesce(m.evidence, []) + [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN coalesce(m.sources, []) | row.evidence[i]]
                        ELSE coalesce(m.evidence, []) + row.evidence END,
    m.sources = CASE WHEN row.seenSources THEN coalesce(m.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(m.sources, [])]
                       ELSE coalesce(m.sources, []) + row.sources END
RETURN count(*) AS written
