// What is the shortest chain of meetings from Gerasimov to Wolters?
MATCH (a:Official {id: 'RUS/valery-gerasimov'}), (b:Official {id: 'USA/tod-wolters'})
MATCH path = shortestPath((a)-[:MET_WITH*..6]-(b))
RETURN [n IN nodes(path) | n.name] AS chain, [m IN relationships(path) | m.onKey + ' ' + coalesce(m.place, '')] AS meetings
