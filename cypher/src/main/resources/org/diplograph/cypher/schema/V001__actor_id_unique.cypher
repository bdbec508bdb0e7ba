// Every actor has one unique id; MERGE on :Actor(id) is an index seek.
CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE
