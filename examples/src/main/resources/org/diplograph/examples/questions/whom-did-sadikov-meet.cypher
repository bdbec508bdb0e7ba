// Whom did Najmeddin Sadikov meet, when and where, and who reported it?
// Paste into Neo4j Browser (./diplograph serve --db data/examples, then connect to bolt://127.0.0.1:7687).
MATCH (o:Official {id: 'AZE/najmeddin-sadikov'})-[m:MET_WITH]-(other:Official)
RETURN other.name AS met, m.onKey AS date, m.place AS place, m.sources AS sources, m.evidence AS evidence
ORDER BY m.on
