// Every decision the graph keeps.
// Parameters: none
// Columns: kind ("same" or "different"), a, b, note
MATCH (d:Decision)
RETURN d.kind AS kind, d.a AS a, d.b AS b, d.note AS note
ORDER BY d.key
