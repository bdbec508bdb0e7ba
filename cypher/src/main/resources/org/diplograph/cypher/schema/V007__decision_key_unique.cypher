// An analyst's decision about two ids (the same actor, or two different ones) is kept once, by its key.
CREATE CONSTRAINT decision_key_unique IF NOT EXISTS FOR (d:Decision) REQUIRE d.key IS UNIQUE
