// Bare-driver shape of brokers(sideA, sideB): officials who met someone representing each side
// (directly or through a ministry). Parameters: $a, $b
MATCH (:Actor {id: $a})<-[:REPRESENTS*1..2]-(:Official)-[:MET_WITH]-(x:Official)
WITH collect(DISTINCT x) AS nearA
MATCH (:Actor {id: $b})<-[:REPRESENTS*1..2]-(ob:Official)-[:MET_WITH]-(broker:Official)
WHERE broker IN nearA
RETURN broker.id AS broker, count(DISTINCT ob) AS contactsOnB
ORDER BY contactsOnB DESC, broker LIMIT 50
