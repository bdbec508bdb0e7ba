// Writers resolving the same name take turns (write/lock-names): MERGE on a unique key makes a second
// writer wait for the first to commit. The lock nodes live only inside a write transaction.
CREATE CONSTRAINT name_lock_key_unique IF NOT EXISTS FOR (l:NameLock) REQUIRE l.key IS UNIQUE
