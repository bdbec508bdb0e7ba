// The members of an alliance, or the alliances a country belongs to, optionally on one day.
// Starts from the unique index on :Actor(id). Finds the alliance or country itself: no row means none
// has that id; one without such memberships gives one row of nulls.
// Parameters: $id (the alliance's or country's id), $on (DATE, or null for every membership known)
// Columns: member, alliance (maps: id, kind, name, or null), membership (map: since, sincePrecision, to, toPrecision, sources, evidence, or null)
MATCH (x:Actor {id: $id})
WHERE x:Country OR x:Alliance
OPTIONAL MATCH (x)-[mm:MEMBER_OF]-(:Actor)
WHERE $on IS NULL OR ((mm.since IS NULL OR mm.since <= $on) AND (mm.to IS NULL OR mm.to >= $on))
WITH startNode(mm) AS member, endNode(mm) AS alliance, mm
RETURN member {.id, .kind, .name} AS member,
       alliance {.id, .kind, .name} AS alliance,
       mm {.since, .sincePrecision, .to, .toPrecision, .sources, .evidence} AS membership
ORDER BY mm.since, member.name, alliance.name
