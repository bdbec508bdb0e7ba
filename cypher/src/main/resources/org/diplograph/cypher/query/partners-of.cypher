// The partners of a country or alliance. Starts from the unique index on :Actor(id).
// Parameters: $id (the country's or alliance's id)
// Columns: partner (map: id, kind, name), partnership (map: kind, since, sincePrecision, sources, evidence)
MATCH (x:Actor {id: $id})-[p:PARTNER_OF]-(other)
RETURN other {.id, .kind, .name} AS partner,
       p {.kind, .since, .sincePrecision, .sources, .evidence} AS partnership
ORDER BY other.name, p.kind
