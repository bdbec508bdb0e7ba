// One REPRESENTS edge per holder, body and (folded) title; dates widen to what any source states.
// Parameters: $rows — [{start (the holder), end (the body), titleKey, title, from, fromPrecision, to, toPrecision, sources (ids), seenSources,
//   evidence (sentences)}]
//   from is the first day the role may have begun, to the last day it may have lasted (dates or null).
// One row per edge: a batch's reports of one edge come as one row with all their sources and sentences
//   (BatchWrite's EdgeRows). Sources new to the graph are appended unchecked (see write/merge-sources); a row
//   with any source the graph held before (seenSources: a re-load) has the list checked for repeats.
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (w:Actor {id: row.start})
MATCH (b:Actor {id: row.end})
MERGE (w)-[r:REPRESENTS {titleKey: row.titleKey}]->(b)
  ON CREATE SET r.title = row.title
SET r.fromPrecision = CASE WHEN row.from IS NOT NULL AND (r.from IS NULL OR row.from < r.from) THEN row.fromPrecision ELSE r.fromPrecision END,
    r.from = CASE WHEN row.from IS NOT NULL AND (r.from IS NULL OR row.from < r.from) THEN row.from ELSE r.from END,
    r.toPrecision = CASE WHEN row.to IS NOT NULL AND (r.to IS NULL OR row.to > r.to) THEN row.toPrecision ELSE r.toPrecision END,
    r.to = CASE WHEN row.to IS NOT NULL AND (r.to IS NULL OR row.to > r.to) THEN row.to ELSE r.to END,
    r.sources = CASE WHEN row.seenSources THEN coalesce(r.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(r.sources, [])]
                       ELSE coalesce(r.sources, []) + row.sources END,
    r.evidence = coalesce(r.evidence, []) + [e IN row.evidence WHERE NOT e IN coalesce(r.evidence, [])]
RETURN count(*) AS written
