// One PARTNER_OF edge per pair (lower id to higher) and kind (lower-cased as stated).
// Parameters: $rows — [{a, b, kind, since (date or null), sincePrecision, source, evidence}]
// Columns: written (rows whose actors were all found; the writer checks it is every row)
UNWIND $rows AS row
MATCH (a:Actor {id: row.a})
MATCH (b:Actor {id: row.b})
MERGE (a)-[p:PARTNER_OF {kind: row.kind}]->(b)
SET p.sincePrecision = CASE WHEN row.since IS NOT NULL AND (p.since IS NULL OR row.since < p.since) THEN row.sincePrecision ELSE p.sincePrecision END,
    p.since = CASE WHEN row.since IS NOT NULL AND (p.since IS NULL OR row.since < p.since) THEN row.since ELSE p.since END,
    p.sources = CASE WHEN row.source IN coalesce(p.sources, []) THEN p.sources ELSE coalesce(p.sources, []) + row.source END,
    p.evidence = CASE WHEN row.evidence IS NULL OR row.evidence IN coalesce(p.evidence, []) THEN coalesce(p.evidence, [])
                      ELSE coalesce(p.evidence, []) + row.evidence END
RETURN count(*) AS written
