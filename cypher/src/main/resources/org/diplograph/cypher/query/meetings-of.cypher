// Every meeting of one official in a period. Starts from the unique index on :Actor(id). Finds the
// official itself, so a caller may pass a name it has not resolved: no row means no official has that id;
// an official without meetings gives one row whose counterpart and meeting are null.
// Parameters: $id (the official's id), $from, $to (DATE or null), $undated (boolean)
// Columns: official, counterpart (maps: id, kind, name), meeting (map: date, on, precision, place, sources, evidence)
MATCH (o:Actor {id: $id})
WHERE o:Official
WITH o, o {.id, .kind, .name} AS official
OPTIONAL MATCH (o)-[m:MET_WITH]-(c:Official)
WHERE CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END
RETURN official,
       c {.id, .kind, .name} AS counterpart,
       m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence} AS meeting
ORDER BY m.on, c.name
