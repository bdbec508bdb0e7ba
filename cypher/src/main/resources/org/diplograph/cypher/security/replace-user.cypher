// Gives a user of the embedded database a password on the system database, creating the user or replacing it:
// the process's own user at every start, and `neo4j` when serve sets the password outside clients log in with.
// Replacing (rather than ALTER USER) needs no knowledge of the old password and never fails because it is unchanged.
// Parameters: $user (string), $password (string)
CREATE OR REPLACE USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED
