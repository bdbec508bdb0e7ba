// Deletes an actor whose edges a decision has moved to the actor it is the same as.
// Parameters: $id
MATCH (a:Actor {id: $id})
DETACH DELETE a
