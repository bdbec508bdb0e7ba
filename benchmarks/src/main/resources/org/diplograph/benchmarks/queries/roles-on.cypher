// Bare-driver shape of rolesOn(official, date). Parameters: $id, $on
MATCH (o:Actor {id: $id})-[r:REPRESENTS]->(body:Actor)
WHERE (r.from IS NULL OR r.from <= $on) AND (r.to IS NULL OR r.to >= $on)
RETURN body.id AS body, body.name AS name, r.title AS title, r.from AS from, r.to AS to
ORDER BY body
