// The description of the server's diplograph.brokers procedure: none on a server without Diplograph's
// plugin (Aura among them); the Explorer calls the procedure only if the description is its own version's.
// Parameters: none
// Columns: description (string)
SHOW PROCEDURES YIELD name, description
WHERE name = 'diplograph.brokers'
RETURN description
