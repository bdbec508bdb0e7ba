// Officials on neither side who met officials of both in a period, each side's official on his side
// on the meeting's date. The sides come from side-members.cypher; an official with any way onto
// either side, at any time, is not a broker. Seeks each side's officials in the unique index on
// :Actor(id), expands their MET_WITH edges and joins the two sides on the counterpart by hash: only
// counterparts who met both sides come out of the join, so nothing is grouped or read for the many who
// met one side only. (Every MET_WITH edge joins two officials — write/merge-meetings — so k needs no
// label check.) The two MATCH clauses keep an edge whose side official is on both sides in both lists.
// A side's meetings are sorted by date, then the side official's id, then the date as reported.
// Parameters: $sideA, $sideB (maps: official id -> list of windows {from, to, via}), $from, $to (DATE or null), $undated (boolean)
// Columns: broker (map: id, kind, name), withA, withB (lists of {official: map, meeting: meeting map}),
//   where a meeting map is {date, on, precision, place, sources, evidence}
MATCH (s:Actor)-[m:MET_WITH]-(k)
  USING INDEX s:Actor(id)
  WHERE s.id IN keys($sideA)
MATCH (t:Actor)-[n:MET_WITH]-(k)
  USING INDEX t:Actor(id)
  USING JOIN ON k
  WHERE t.id IN keys($sideB)
WITH k, collect(DISTINCT m) AS a, collect(DISTINCT n) AS b
WHERE $sideA[k.id] IS NULL AND $sideB[k.id] IS NULL
UNWIND [true, false] AS onA
UNWIND CASE WHEN onA THEN a ELSE b END AS m
WITH k, onA, m, CASE WHEN startNode(m) = k THEN endNode(m) ELSE startNode(m) END AS s
WITH k, onA, s, m, CASE WHEN onA THEN $sideA[s.id] ELSE $sideB[s.id] END AS windows, m.on AS on, m.precision AS precision
WITH k, onA, s, m, windows, on,
     CASE WHEN on IS NULL THEN null
          ELSE on + CASE precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END
     END AS after
WHERE CASE WHEN on IS NULL THEN $undated
      ELSE ($to IS NULL OR on <= $to) AND ($from IS NULL OR after > $from) END
  AND any(w IN windows WHERE CASE WHEN on IS NULL THEN w.from IS NULL AND w.to IS NULL
                          ELSE (w.from IS NULL OR w.from < after) AND (w.to IS NULL OR w.to >= on) END)
WITH k, onA, s, m
ORDER BY m.on, s.id, m.onKey
WITH k, collect(CASE WHEN onA THEN [s, m] END) AS a, collect(CASE WHEN NOT onA THEN [s, m] END) AS b
WHERE size(a) > 0 AND size(b) > 0
UNWIND [true, false] AS onA
UNWIND CASE WHEN onA THEN a ELSE b END AS x
WITH k, onA, x[0] AS s, x[1] AS m
WITH k, collect(CASE WHEN onA THEN {official: s {.id, .kind, .name},
                                    meeting: m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}} END) AS withA,
        collect(CASE WHEN NOT onA THEN {official: s {.id, .kind, .name},
                                        meeting: m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}} END) AS withB
RETURN k {.id, .kind, .name} AS broker, withA, withB
ORDER BY CASE WHEN size(withA) < size(withB) THEN size(withA) ELSE size(withB) END DESC,
         size(withA) + size(withB) DESC, k.name
