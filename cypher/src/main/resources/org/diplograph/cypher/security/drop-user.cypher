// Removes the process's own user from the system database when the embedded database closes.
// Parameters: $user (string)
DROP USER $user IF EXISTS
