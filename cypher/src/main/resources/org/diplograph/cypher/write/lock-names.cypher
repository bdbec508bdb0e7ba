// Takes one lock per scoped name key ("AZE|najmedin sadikov") of the actors a batch brings under ids the
// graph does not hold yet, before those are resolved, so two writers bringing two new spellings of one
// man never both decide he is new: the second waits for the first to commit, then finds him. The keys
// come sorted, so lock order is the same everywhere. write/unlock-names removes the lock nodes in the
// same transaction: none is ever committed.
// Parameters: $keys (sorted list of strings)
UNWIND $keys AS key
MERGE (l:NameLock {key: key})
