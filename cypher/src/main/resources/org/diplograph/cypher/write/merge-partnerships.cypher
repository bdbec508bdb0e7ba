// One PARTNER_OF edge per pair (lower id to higher) and kind (lower-cased as stated).
// Parameters: $rows — [{start (the id that sorts first), end, kind, since (date or null), sincePrecision, sources (ids), seenSources, evidence (the sentence of each source, "" when none)}]
// One row per edge: a batch's reports of one edge come as one row with all their sources and sentences
//   (BatchWrite's EdgeRows). evidence[i] is the sentence of sources[i] (so a sentence stays with its source):
//   the evidence is set before the sources, from the lists as they were. Sources new to the graph are
//   appended unchecked (see write/merge-sources); a row with any source the graph held before (seenSources:
//   a re-load) appends only the sources not listed yet, each with its sentence.
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (a:Actor {id: row.start})
MATCH (b:Actor {id: row.end})
MERGE (a)-[p:PARTNER_OF {kind: row.kind}]->(b)
SET p.sincePrecision = CASE WHEN row.since IS NOT NULL AND (p.since IS NULL OR row.since < p.since) THEN row.sincePrecision ELSE p.sincePrecision END,
    p.since = CASE WHEN row.since IS NOT NULL AND (p.since IS NULL OR row.since < p.since) THEN row.since ELSE p.since END,
    p.evidence = CASE WHEN row.seenSources
                        THEN coalesce(p.evidence, []) + [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN coalesce(p.sources, []) | row.evidence[i]]
                        ELSE coalesce(p.evidence, []) + row.evidence END,
    p.sources = CASE WHEN row.seenSources THEN coalesce(p.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(p.sources, [])]
                       ELSE coalesce(p.sources, []) + row.sources END
RETURN count(*) AS written
