// Bare-driver shape of meetingsOf(official, period). Parameters: $id, $from, $to
MATCH (o:Actor {id: $id})-[m:MET_WITH]-(other:Official)
WHERE m.on IS NULL OR (m.on >= $from AND m.on <= $to)
RETURN other.id AS counterpart, other.name AS name, m.on AS on, m.precision AS precision, m.place AS place, m.sources AS sources
ORDER BY on, counterpart
