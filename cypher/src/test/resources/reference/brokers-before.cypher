// The brokers statement as it was before its plan was changed (kept for BrokersIT only: the definition the statement is held to).
// Officials on neither side who met officials of both in a period, each side's official on his side
// on the meeting's date. The sides come from side-members.cypher; an official with any way onto
// either side, at any time, is not a broker. Starts from the unique index on :Actor(id) for each
// side's officials and expands their MET_WITH edges.
// Parameters: $sideA, $sideB (maps: official id -> list of windows {from, to, via}), $from, $to (DATE or null), $undated (boolean)
// Columns: broker (map: id, kind, name), withA, withB (lists of {official: map, meeting: meeting map}),
//   where a meeting map is {date, on, precision, place, sources, evidence}
CALL () {
  UNWIND keys($sideA) AS sId
  MATCH (s:Actor {id: sId})-[m:MET_WITH]-(k:Official)
  RETURN s, m, k, 'A' AS side, $sideA[sId] AS windows
  UNION ALL
  UNWIND keys($sideB) AS sId
  MATCH (s:Actor {id: sId})-[m:MET_WITH]-(k:Official)
  RETURN s, m, k, 'B' AS side, $sideB[sId] AS windows
}
WITH s, m, k, side, windows,
     CASE WHEN m.on IS NULL THEN null
          ELSE m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END
     END AS after
WHERE $sideA[k.id] IS NULL AND $sideB[k.id] IS NULL
  AND CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to) AND ($from IS NULL OR after > $from) END
  AND any(w IN windows WHERE CASE WHEN m.on IS NULL THEN w.from IS NULL AND w.to IS NULL
                              ELSE (w.from IS NULL OR w.from < after) AND (w.to IS NULL OR w.to >= m.on) END)
WITH k, side, s, m
ORDER BY m.on
WITH k, collect({side: side,
                 official: s {.id, .kind, .name},
                 meeting: m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence}}) AS met
WITH k, [x IN met WHERE x.side = 'A'] AS withA, [x IN met WHERE x.side = 'B'] AS withB
WHERE size(withA) > 0 AND size(withB) > 0
RETURN k {.id, .kind, .name} AS broker, withA, withB
ORDER BY CASE WHEN size(withA) < size(withB) THEN size(withA) ELSE size(withB) END DESC,
         size(withA) + size(withB) DESC, k.name
