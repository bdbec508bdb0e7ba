// Who talks to both sides: which officials met people of Russia and of NATO?
MATCH (r:Official)-[:REPRESENTS*1..2]->(:Actor {id: 'RUS'})
MATCH (n:Official)-[:REPRESENTS*1..2]->(:Actor {id: 'NATO'})
MATCH (r)-[m1:MET_WITH]-(broker:Official)-[m2:MET_WITH]-(n)
WHERE broker <> r AND broker <> n
RETURN broker.name AS broker, collect(DISTINCT r.name) AS metOnRussiasSide, collect(DISTINCT n.name) AS metOnNatosSide
