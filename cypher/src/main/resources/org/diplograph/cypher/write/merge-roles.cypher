// One REPRESENTS edge per holder, body and (folded) title; dates widen to what any source states.
// Parameters: $rows — [{who, body, titleKey, title, from, fromPrecision, to, toPrecision, source, evidence}]
//   from is the first day the role may have begun, to the last day it may have lasted (dates or null).
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (w:Actor {id: row.who})
MATCH (b:Actor {id: row.body})
MERGE (w)-[r:REPRESENTS {titleKey: row.titleKey}]->(b)
  ON CREATE SET r.title = row.title
SET r.fromPrecision = CASE WHEN row.from IS NOT NULL AND (r.from IS NULL OR row.from < r.from) THEN row.fromPrecision ELSE r.fromPrecision END,
    r.from = CASE WHEN row.from IS NOT NULL AND (r.from IS NULL OR row.from < r.from) THEN row.from ELSE r.from END,
    r.toPrecision = CASE WHEN row.to IS NOT NULL AND (r.to IS NULL OR row.to > r.to) THEN row.toPrecision ELSE r.toPrecision END,
    r.to = CASE WHEN row.to IS NOT NULL AND (r.to IS NULL OR row.to > r.to) THEN row.to ELSE r.to END,
    r.sources = CASE WHEN row.source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.source END,
    r.evidence = CASE WHEN row.evidence IS NULL OR row.evidence IN coalesce(r.evidence, []) THEN coalesce(r.evidence, [])
                      ELSE coalesce(r.evidence, []) + row.evidence END
RETURN count(*) AS written
