// How big the graph is. Each count is read from Neo4j's count store, not by scanning.
// Parameters: none
// Columns: officials, ministries, alliances, countries, sources, meetings, roles, partnerships, memberships
CALL { MATCH (n:Official) RETURN count(n) AS officials }
CALL { MATCH (n:Ministry) RETURN count(n) AS ministries }
CALL { MATCH (n:Alliance) RETURN count(n) AS alliances }
CALL { MATCH (n:Country) RETURN count(n) AS countries }
CALL { MATCH (n:Source) RETURN count(n) AS sources }
CALL { MATCH ()-[r:MET_WITH]->() RETURN count(r) AS meetings }
CALL { MATCH ()-[r:REPRESENTS]->() RETURN count(r) AS roles }
CALL { MATCH ()-[r:PARTNER_OF]->() RETURN count(r) AS partnerships }
CALL { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
RETURN officials, ministries, alliances, countries, sources, meetings, roles, partnerships, memberships
