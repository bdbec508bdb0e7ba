// The actor that holds each id now: the actor with that id, else the one it was merged into (found through
// the :Actor(scope) index; asked only for the ids of decisions, which are few).
// Parameters: $ids (list)
// Columns: id, holder (an actor id, or null when no actor holds it), kind (the holder's)
UNWIND $ids AS id
OPTIONAL MATCH (own:Actor {id: id})
WITH id, own, CASE WHEN own IS NULL
                   THEN head(COLLECT { MATCH (x:Actor) WHERE x.scope = split(id, '/')[0] AND id IN x.mergedIds RETURN x })
               END AS merged
WITH id, coalesce(own, merged) AS holder
RETURN id, holder.id AS holder, holder.kind AS kind
