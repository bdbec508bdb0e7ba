// Officials on neither side who met officials of both in a period, each side's official on his side
// on the meeting's date. The sides come from side-members.cypher; an official with any way onto
// either side, at any time, is not a broker. Starts from the unique index on :Actor(id) for each
// side's officials and expands their MET_WITH edges. Most counterparts met only one side, so the
// edges are first grouped by counterpart with nothing read; the period and the windows are checked,
// and the meetings sorted and read whole, only for those who met both.
// Parameters: $sideA, $sideB (maps: official id -> list of windows {from, to, via}), $from, $to (DATE or null), $undated (boolean)
// Columns: broker (map: id, kind, name), withA, withB (lists of {official: map, meeting: meeting map}),
//   where a meeting map is {date, on, precision, place, sources, evidence}
CALL () {
  UNWIND keys($sideA) AS sId
  MATCH (s:Actor {id: sId})-[m:MET_WITH]-(k:Official)
  RETURN s, m, k, true AS onA, $sideA[sId] AS windows
  UNION ALL
  UNWIND keys($sideB) AS sId
  MATCH (s:Actor {id: sId})-[m:MET_WITH]-(k:Official)
  RETURN s, m, k, false AS onA, $sideB[sId] AS windows
}
WITH k, collect(CASE WHEN onA THEN [s, m, windows] END) AS a, collect(CASE WHEN NOT onA THEN [s, m, windows] END) AS b
WHERE size(a) > 0 AND size(b) > 0 AND $sideA[k.id] IS NULL AND $sideB[k.id] IS NULL
CALL (a) {
  UNWIND a AS x
  WITH x[0] AS s, x[1] AS m, x[2] AS windows
  WITH s, m, windows, m.on AS on,
       CASE WHEN m.on IS NULL THEN null
            ELSE m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END
       END AS after
  WHERE CASE WHEN on IS NULL THEN $undated
        ELSE ($to IS NULL OR on <= $to) AND ($from IS NULL OR after > $from) END
    AND any(w IN windows WHERE CASE WHEN on IS NULL THEN w.from IS NULL AND w.to IS NULL
                            ELSE (w.from IS NULL OR w.from < after) AND (w.to IS NULL OR w.to >= on) END)
  WITH s, m
  ORDER BY m.on
  RETURN collect({official: s {.id, .kind, .name},
                  meeting: m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}}) AS withA
}
WITH k, withA, b
WHERE size(withA) > 0
CALL (b) {
  UNWIND b AS x
  WITH x[0] AS s, x[1] AS m, x[2] AS windows
  WITH s, m, windows, m.on AS on,
       CASE WHEN m.on IS NULL THEN null
            ELSE m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END
       END AS after
  WHERE CASE WHEN on IS NULL THEN $undated
        ELSE ($to IS NULL OR on <= $to) AND ($from IS NULL OR after > $from) END
    AND any(w IN windows WHERE CASE WHEN on IS NULL THEN w.from IS NULL AND w.to IS NULL
                            ELSE (w.from IS NULL OR w.from < after) AND (w.to IS NULL OR w.to >= on) END)
  WITH s, m
  ORDER BY m.on
  RETURN collect({official: s {.id, .kind, .name},
                  meeting: m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}}) AS withB
}
WITH k, withA, withB
WHERE size(withB) > 0
RETURN k {.id, .kind, .name} AS broker, withA, withB
ORDER BY CASE WHEN size(withA) < size(withB) THEN size(withA) ELSE size(withB) END DESC,
         size(withA) + size(withB) DESC, k.name
