// One MEMBER_OF edge per country and alliance; dates widen to what any source states.
// Parameters: $rows — [{start (the country), end (the alliance), since, sincePrecision, to, toPrecision, sources (ids), seenSources,
//   evidence (sentences)}]
// One row per edge: a batch's reports of one edge come as one row with all their sources and sentences
//   (BatchWrite's EdgeRows). Sources new to the graph are appended unchecked (see write/merge-sources); a row
//   with any source the graph held before (seenSources: a re-load) has the list checked for repeats.
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (c:Actor {id: row.start}) WHERE c:Country
MATCH (a:Actor {id: row.end}) WHERE a:Alliance
MERGE (c)-[m:MEMBER_OF]->(a)
SET m.sincePrecision = CASE WHEN row.since IS NOT NULL AND (m.since IS NULL OR row.since < m.since) THEN row.sincePrecision ELSE m.sincePrecision END,
    m.since = CASE WHEN row.since IS NOT NULL AND (m.since IS NULL OR row.since < m.since) THEN row.since ELSE m.since END,
    m.toPrecision = CASE WHEN row.to IS NOT NULL AND (m.to IS NULL OR row.to > m.to) THEN row.toPrecision ELSE m.toPrecision END,
    m.to = CASE WHEN row.to IS NOT NULL AND (m.to IS NULL OR row.to > m.to) THEN row.to ELSE m.to END,
    m.sources = CASE WHEN row.seenSources THEN coalesce(m.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(m.sources, [])]
                       ELSE coalesce(m.sources, []) + row.sources END,
    m.evidence = coalesce(m.evidence, []) + [e IN row.evidence WHERE NOT e IN coalesce(m.evidence, [])]
RETURN count(*) AS written
