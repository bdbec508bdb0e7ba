// Every edge of an actor, for moving some or all of them to another actor.
// Parameters: $id
// Columns: id (the edge's element id), type, outgoing (whether it starts at the actor), other (the other end's id),
//   properties (map)
MATCH (a:Actor {id: $id})-[r]-(o:Actor)
RETURN elementId(r) AS id, type(r) AS type, startNode(r) = a AS outgoing, o.id AS other, properties(r) AS properties
