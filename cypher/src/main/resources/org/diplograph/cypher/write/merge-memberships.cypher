// One MEMBER_OF edge per country and alliance; dates widen to what any source states.
// Parameters: $rows — [{member, alliance, since, sincePrecision, to, toPrecision, source, evidence}]
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (c:Actor {id: row.member}) WHERE c:Country
MATCH (a:Actor {id: row.alliance}) WHERE a:Alliance
MERGE (c)-[m:MEMBER_OF]->(a)
SET m.sincePrecision = CASE WHEN row.since IS NOT NULL AND (m.since IS NULL OR row.since < m.since) THEN row.sincePrecision ELSE m.sincePrecision END,
    m.since = CASE WHEN row.since IS NOT NULL AND (m.since IS NULL OR row.since < m.since) THEN row.since ELSE m.since END,
    m.toPrecision = CASE WHEN row.to IS NOT NULL AND (m.to IS NULL OR row.to > m.to) THEN row.toPrecision ELSE m.toPrecision END,
    m.to = CASE WHEN row.to IS NOT NULL AND (m.to IS NULL OR row.to > m.to) THEN row.to ELSE m.to END,
    m.sources = CASE WHEN row.source IN coalesce(m.sources, []) THEN m.sources ELSE coalesce(m.sources, []) + row.source END,
    m.evidence = CASE WHEN row.evidence IS NULL OR row.evidence IN coalesce(m.evidence, []) THEN coalesce(m.evidence, [])
                      ELSE coalesce(m.evidence, []) + row.evidence END
RETURN count(*) AS written
