// Name lookup by folded key. Neo4j cannot index the elements of a list property, so the keys are
// also kept as one string "|key1|key2|" whose text index answers CONTAINS '|key|' without a scan.
CREATE TEXT INDEX actor_keys_text IF NOT EXISTS FOR (a:Actor) ON (a.keyText)
