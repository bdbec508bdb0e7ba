// Which officials have met the most different people?
MATCH (o:Official)-[:MET_WITH]-(other:Official)
RETURN o.name AS official, count(DISTINCT other) AS counterparts
ORDER BY counterparts DESC, official
LIMIT 5
