// Bare-driver shape of counterparts(official, period). Parameters: $id, $from, $to
MATCH (o:Actor {id: $id})-[m:MET_WITH]-(other:Official)
WHERE m.on IS NULL OR (m.on >= $from AND m.on <= $to)
RETURN other.id AS id, other.name AS name, count(m) AS meetings, min(m.on) AS first, max(m.on) AS last
ORDER BY meetings DESC, id
