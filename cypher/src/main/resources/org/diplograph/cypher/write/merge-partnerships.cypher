// One PARTNER_OF edge per pair (lower id to higher) and kind (lower-cased as stated).
// Parameters: $rows — [{start (the id that sorts first), end, kind, since (date or null), sincePrecision, sources (ids), seenSources, evidence (sentences)}]
// One row per edge: a batch's reports of one edge come as one row with all their sources and sentences
//   (BatchWrite's EdgeRows). Sources new to the graph are appended unchecked (see write/merge-sources); a row
//   with any source the graph held before (seenSources: a re-load) has the list checked for repeats.
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (a:Actor {id: row.start})
MATCH (b:Actor {id: row.end})
MERGE (a)-[p:PARTNER_OF {kind: row.kind}]->(b)
SET p.sincePrecision = CASE WHEN row.since IS NOT NULL AND (p.since IS NULL OR row.since < p.since) THEN row.sincePrecision ELSE p.sincePrecision END,
    p.since = CASE WHEN row.since IS NOT NULL AND (p.since IS NULL OR row.since < p.since) THEN row.since ELSE p.since END,
    p.sources = CASE WHEN row.seenSources THEN coalesce(p.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(p.sources, [])]
                       ELSE coalesce(p.sources, []) + row.sources END,
    p.evidence = coalesce(p.evidence, []) + [e IN row.evidence WHERE NOT e IN coalesce(p.evidence, [])]
RETURN count(*) AS written
