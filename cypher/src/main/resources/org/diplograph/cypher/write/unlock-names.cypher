// Removes this transaction's lock nodes (see write/lock-names); the locks themselves last until commit.
// Parameters: $keys (list of strings)
UNWIND $keys AS key
MATCH (l:NameLock {key: key})
DELETE l
