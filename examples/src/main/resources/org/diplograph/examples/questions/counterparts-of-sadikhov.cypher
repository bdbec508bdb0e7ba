// Whom has Sadikhov (however spelled) met, how often, first and last?
// Every spelling is in the aliases; the folded keys match transliterations (kh/k and more).
MATCH (o:Official) WHERE 'sadikov' IN o.keys
MATCH (o)-[m:MET_WITH]-(other:Official)
RETURN other.name AS counterpart, count(m) AS meetings, min(m.on) AS first, max(m.on) AS last
ORDER BY meetings DESC, counterpart
