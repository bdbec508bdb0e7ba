// Whether a user still has to change its password: true for `neo4j` on a store first opened without
// authentication, whose password is then still the well-known default.
// Parameters: $user (string)
// Columns: passwordChangeRequired (boolean; no row when the user does not exist)
SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired
