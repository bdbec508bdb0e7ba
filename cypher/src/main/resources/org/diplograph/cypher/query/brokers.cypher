// Officials on neither side who met officials of both in a period, each side's official on his side
// on the meeting's date. The sides come from side-members.cypher; an official with any way onto
// either side, at any time, is not a broker. Seeks each side's officials in the unique index on
// :Actor(id) (which gives their ids too), expands their MET_WITH edges and joins the two sides on the
// counterpart by hash: only counterparts who met both sides come out of the join, so nothing is grouped
// or read for the many who met one side only. (Every MET_WITH edge joins two officials —
// write/merge-meetings — so k needs no label check.) The two MATCH clauses keep an edge whose side
// official is on both sides in both lists. Side A's edges are checked first, side B's only for the
// counterparts left, so a counterpart with no meeting on side A costs no read of his side-B edges.
// An edge's check reads its date alone: its precision only when the date lies less than a year before
// the window's or the period's start (the end of a day, month or year is at most a year after it).
// A side's meetings are sorted by date, then the side official's id, then the date as reported.
// This statement is the definition and what a server without Diplograph's plugin runs; the embedded
// database gives the same rows by walking its store in this JVM, and a server with the plugin by the same
// walk inside it (plugin/BrokersWalk.java, brokers-by-plugin.cypher; held to these rows by BrokersIT).
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
WITH k, collect(DISTINCT [s, s.id, m]) AS a, collect(DISTINCT [t, t.id, n]) AS b
WHERE $sideA[k.id] IS NULL AND $sideB[k.id] IS NULL
UNWIND a AS x
WITH k, b, x[0] AS s, x[1] AS sid, x[2] AS m, $sideA[x[1]] AS windows, x[2].on AS on
WHERE CASE WHEN on IS NULL THEN $undated AND any(w IN windows WHERE w.from IS NULL AND w.to IS NULL)
      ELSE ($to IS NULL OR on <= $to)
       AND ($from IS NULL OR $from <= on
            OR $from < on + duration('P1Y') AND on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
       AND any(w IN windows WHERE (w.to IS NULL OR w.to >= on)
                              AND (w.from IS NULL OR w.from <= on
                                   OR w.from < on + duration('P1Y') AND w.from < on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END))
      END
WITH k, collect([s, sid, m, on]) AS a, collect(b)[0] AS b
UNWIND b AS x
WITH k, a, x[0] AS s, x[1] AS sid, x[2] AS m, $sideB[x[1]] AS windows, x[2].on AS on
WHERE CASE WHEN on IS NULL THEN $undated AND any(w IN windows WHERE w.from IS NULL AND w.to IS NULL)
      ELSE ($to IS NULL OR on <= $to)
       AND ($from IS NULL OR $from <= on
            OR $from < on + duration('P1Y') AND on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END > $from)
       AND any(w IN windows WHERE (w.to IS NULL OR w.to >= on)
                              AND (w.from IS NULL OR w.from <= on
                                   OR w.from < on + duration('P1Y') AND w.from < on + CASE m.precision WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END))
      END
WITH k, collect(a)[0] AS a, collect([s, sid, m, on]) AS b
UNWIND [true, false] AS onA
UNWIND CASE WHEN onA THEN a ELSE b END AS x
WITH k, onA, x[0] AS s, x[1] AS sid, x[2] AS m, x[3] AS on, x[2].onKey AS onKey
ORDER BY on, sid, onKey
WITH k, collect(CASE WHEN onA THEN {official: s {id: sid, .kind, .name},
                                    meeting: m {date: CASE WHEN on IS NULL THEN null ELSE onKey END, on: on, .precision, .place, .sources, .evidence}} END) AS withA,
        collect(CASE WHEN NOT onA THEN {official: s {id: sid, .kind, .name},
                                        meeting: m {date: CASE WHEN on IS NULL THEN null ELSE onKey END, on: on, .precision, .place, .sources, .evidence}} END) AS withB
RETURN k {.id, .kind, .name} AS broker, withA, withB
ORDER BY CASE WHEN size(withA) < size(withB) THEN size(withA) ELSE size(withB) END DESC,
         size(withA) + size(withB) DESC, k.name
