// Keeps analysts' decisions in the graph, so that every later writer honours them (see decide/decisions).
// Parameters: $rows — [{key ("same|a|b" with the ids sorted), kind ("same" or "different"), a, b, note}]
UNWIND $rows AS row
MERGE (d:Decision {key: row.key})
SET d.kind = row.kind, d.a = row.a, d.b = row.b, d.note = row.note
