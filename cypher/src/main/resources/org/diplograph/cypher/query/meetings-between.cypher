// Meetings between an official on side A and one on side B, each on his side on the meeting's date.
// The sides come from side-members.cypher. Starts from the unique index on :Actor(id) for each
// side-A official and expands his MET_WITH edges. Each edge is listed once: when its two officials
// could each be a (both are on both sides on the meeting's date, as with overlapping sides), a is the
// one whose id sorts first (the edge's start: write/merge-meetings stores it from the lower id).
// Parameters: $sideA, $sideB (maps: official id -> list of windows {from, to, via}), $from, $to (DATE or null), $undated (boolean)
// Columns: a, b (maps: id, kind, name), meeting (map: date, on, precision, place, sources, evidence), viaA, viaB (lists of ids)
UNWIND keys($sideA) AS aId
MATCH (a:Actor {id: aId})-[m:MET_WITH]-(b:Official)
WHERE $sideB[b.id] IS NOT NULL
  AND CASE WHEN m.on IS NULL THEN $undated
      ELSE ($to IS NULL OR m.on <= $to)
       AND ($from IS NULL OR m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
      END
WITH a, b, m,
     CASE WHEN m.on IS NULL THEN null
          ELSE m.on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END
     END AS after
WITH a, b, m, after,
     [w IN $sideA[a.id] WHERE CASE WHEN m.on IS NULL THEN w.from IS NULL AND w.to IS NULL
                               ELSE (w.from IS NULL OR w.from < after) AND (w.to IS NULL OR w.to >= m.on) END] AS windowsA,
     [w IN $sideB[b.id] WHERE CASE WHEN m.on IS NULL THEN w.from IS NULL AND w.to IS NULL
                               ELSE (w.from IS NULL OR w.from < after) AND (w.to IS NULL OR w.to >= m.on) END] AS windowsB
WHERE size(windowsA) > 0 AND size(windowsB) > 0
  AND (a.id < b.id OR $sideA[b.id] IS NULL OR $sideB[a.id] IS NULL
       OR NOT (any(w IN $sideA[b.id] WHERE CASE WHEN m.on IS NULL THEN w.from IS NULL AND w.to IS NULL
                                          ELSE (w.from IS NULL OR w.from < after) AND (w.to IS NULL OR w.to >= m.on) END)
               AND any(w IN $sideB[a.id] WHERE CASE WHEN m.on IS NULL THEN w.from IS NULL AND w.to IS NULL
                                          ELSE (w.from IS NULL OR w.from < after) AND (w.to IS NULL OR w.to >= m.on) END)))
RETURN a {.id, .kind, .name} AS a,
       b {.id, .kind, .name} AS b,
       m {date: CASE WHEN m.on IS NULL THEN null ELSE m.onKey END, .on, .precision, .place, .sources, .evidence} AS meeting,
       windowsA[0].via AS viaA,
       windowsB[0].via AS viaB
ORDER BY m.on, a.name, b.name
