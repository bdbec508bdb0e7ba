// Which meetings took place between Azerbaijan's and Russia's officials?
// An official is on a country's side when he represents it directly or through his ministry.
MATCH (a:Official)-[:REPRESENTS*1..2]->(:Country {id: 'AZE'})
MATCH (b:Official)-[:REPRESENTS*1..2]->(:Country {id: 'RUS'})
MATCH (a)-[m:MET_WITH]-(b)
RETURN DISTINCT a.name AS azerbaijan, b.name AS russia, m.onKey AS date, m.place AS place, m.sources AS sources
ORDER BY date
