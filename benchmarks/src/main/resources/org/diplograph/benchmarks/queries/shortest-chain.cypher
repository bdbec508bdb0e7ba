// Bare-driver shape of shortestChain(a, b, maxHops = 6). Parameters: $a, $b
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
MATCH p = shortestPath((a)-[:MET_WITH*..6]-(b))
RETURN [n IN nodes(p) | n.id] AS chain, [r IN relationships(p) | r.on] AS dates
