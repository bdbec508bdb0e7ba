// The members of an alliance, or the alliances a country belongs to, optionally on one day.
// Starts from the unique index on :Actor(id).
// Parameters: $id (the alliance's or country's id), $on (DATE, or null for every membership known)
// Columns: member, alliance (maps: id, kind, name), membership (map: since, sincePrecision, to, toPrecision, sources, evidence)
MATCH (x:Actor {id: $id})-[mm:MEMBER_OF]-(:Actor)
WHERE $on IS NULL OR ((mm.since IS NULL OR mm.since <= $on) AND (mm.to IS NULL OR mm.to >= $on))
WITH startNode(mm) AS member, endNode(mm) AS alliance, mm
RETURN member {.id, .kind, .name} AS member,
       alliance {.id, .kind, .name} AS alliance,
       mm {.since, .sincePrecision, .to, .toPrecision, .sources, .evidence} AS membership
ORDER BY mm.since, member.name, alliance.name
