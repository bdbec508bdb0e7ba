// One REPRESENTS edge per holder, body and (folded) title; dates widen to what any source states.
// Parameters: $rows — [{start (the holder), end (the body), titleKey, title, from, fromPrecision, to, toPrecision, sources (ids), seenSources,
//   evidence (the sentence of each source, "" when none)}]
//   from is the first day the role may have begun, to the last day it may have lasted (dates or null).
// One row per edge: a batch's reports of one edge come as one row with all their sources and sentences
//   (BatchWrite's EdgeRows). evidence[i] is the sentence of sources[i] (so a sentence stays with its source):
//   the evidence is set before the sources, from the lists as they were. Sources new to the graph are
//   appended unchecked (see write/merge-sources); a row with any source the graph held before (seenSources:
//   a re-load) appends only the sources not listed yet, each with its sentence.
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
    r.evidence = CASE WHEN row.seenSources
                        THEN coalesce(r.evidence, []) + [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN coalesce(r.sources, []) | row.evidence[i]]
                        ELSE coalesce(r.evidence, []) + row.evidence END,
    r.sources = CASE WHEN row.seenSources THEN coalesce(r.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(r.sources, [])]
                       ELSE coalesce(r.sources, []) + row.sources END
RETURN count(*) AS written
