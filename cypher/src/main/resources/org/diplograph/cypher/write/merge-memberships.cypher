// One MEMBER_OF edge per country and alliance; dates widen to what any source states.
// Parameters: $rows — [{start (the country), end (the alliance), since, sincePrecision, to, toPrecision, sources (ids), seenSources,
//   evidence (the sentence of each source, "" when none)}]
// One row per edge: a batch's reports of one edge come as one row with all their sources and sentences
//   (BatchWrite's EdgeRows). evidence[i] is the sentence of sources[i] (so a sentence stays with its source):
//   the evidence is set before the sources, from the lists as they were. Sources new to the graph are
//   appended unchecked (see write/merge-sources); a row with any source the graph held before (seenSources:
//   a re-load) appends only the sources not listed yet, each with its sentence.
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (c:Actor {id: row.start}) WHERE c:Country
MATCH (a:Actor {id: row.end}) WHERE a:Alliance
MERGE (c)-[m:MEMBER_OF]->(a)
SET m.sincePrecision = CASE WHEN row.since IS NOT NULL AND (m.since IS NULL OR row.since < m.since) THEN row.sincePrecision ELSE m.sincePrecision END,
    m.since = CASE WHEN row.since IS NOT NULL AND (m.since IS NULL OR row.since < m.since) THEN row.since ELSE m.since END,
    m.toPrecision = CASE WHEN row.to IS NOT NULL AND (m.to IS NULL OR row.to > m.to) THEN row.toPrecision ELSE m.toPrecision END,
    m.to = CASE WHEN row.to IS NOT NULL AND (m.to IS NULL OR row.to > m.to) THEN row.to ELSE m.to END,
    m.evidence = CASE WHEN row.seenSources
                        THEN coalesce(m.evidence, []) + [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN coalesce(m.sources, []) | row.evidence[i]]
                        ELSE coalesce(m.evidence, []) + row.evidence END,
    m.sources = CASE WHEN row.seenSources THEN coalesce(m.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(m.sources, [])]
                       ELSE coalesce(m.sources, []) + row.sources END
RETURN count(*) AS written
