// Takes one lock per actor id ("id|AZE/najmeddin-sadikov") and per scoped name key ("AZE|najmedin sadikov")
// before actors are resolved, so two
// writers bringing two new spellings of one man never both decide he is new: the second waits for the
// first to commit, then finds him. The keys come sorted, so lock order is the same everywhere.
// write/unlock-names removes the lock nodes in the same transaction: none is ever committed.
// Parameters: $keys (sorted list of strings)
UNWIND $keys AS key
MERGE (l:NameLock {key: key})
