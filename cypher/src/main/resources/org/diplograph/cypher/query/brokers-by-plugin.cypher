// query/brokers's rows between two sides given by id, with the sides' officials found as query/side-members
// finds them, all in the server's diplograph.brokers procedure (the plugin jar's BrokersProcedure, a walk of the
// store), for a server that has it (plugin-installed.cypher says so): one round trip where the statements take three.
// Parameters: $a, $b (the sides' ids), $viaMembership (boolean), $from, $to (DATE or null), $undated (boolean)
// Columns: broker (map: id, kind, name), withA, withB (lists of {official: map, meeting: meeting map}), as query/brokers;
//   one row of nulls when either id names no actor
CALL diplograph.brokers($a, $b, $viaMembership, $from, $to, $undated) YIELD broker, withA, withB
RETURN broker, withA, withB
