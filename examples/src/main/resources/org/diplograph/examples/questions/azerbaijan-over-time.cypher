// How did Azerbaijan's contacts develop over time? Its officials' meetings with foreign officials, by year.
MATCH (a:Official)-[:REPRESENTS*1..2]->(:Country {id: 'AZE'})
MATCH (a)-[m:MET_WITH]-(other:Official)
WHERE m.on IS NOT NULL AND NOT other.scope = 'AZE'
RETURN m.on.year AS year, count(DISTINCT m) AS meetings, collect(DISTINCT other.name) AS met
ORDER BY year
