// The partners of a country or alliance. Starts from the unique index on :Actor(id). Finds the country
// or alliance itself: no row means none has that id; one without partners gives one row of nulls.
// Parameters: $id (the country's or alliance's id)
// Columns: partner (map: id, kind, name, or null), partnership (map: kind, since, sincePrecision, sources, evidence, or null)
MATCH (x:Actor {id: $id})
WHERE x:Country OR x:Alliance
OPTIONAL MATCH (x)-[p:PARTNER_OF]-(other)
RETURN other {.id, .kind, .name} AS partner,
       p {.kind, .since, .sincePrecision, .sources, .evidence} AS partnership
ORDER BY other.name, p.kind
