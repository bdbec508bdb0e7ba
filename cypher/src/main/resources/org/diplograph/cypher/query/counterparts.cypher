// The distinct officials one official met in a period, most meetings first. Starts from the unique index
// on :Actor(id). Finds the official itself: no row means no official has that id; an official who met
// nobody gives one row whose counterpart is null.
// Parameters: $id (the official's id), $from, $to (DATE or null), $undated (boolean)
// Columns: counterpart (map: id, kind, name, or null), meetings (count), dates (list of maps: on, precision, one per
//   dated meeting: the first and last are picked at their precision by the caller), places (list),
//   sources, evidence (lists of lists, one per meeting)
MATCH (o:Actor {id: $id})
WHERE o:Official
OPTIONAL MATCH (o)-[m:MET_WITH]-(c:Official)
WHERE CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END
WITH c, count(m) AS meetings, collect(CASE WHEN m.on IS NOT NULL THEN {on: m.on, precision: m.precision} END) AS dates,
     collect(DISTINCT m.place) AS places, collect(m.sources) AS sources, collect(m.evidence) AS evidence
RETURN c {.id, .kind, .name} AS counterpart, meetings, dates, places, sources, evidence
ORDER BY meetings DESC, c.name
