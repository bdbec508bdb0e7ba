// query/brokers's rows given by the server's diplograph.brokers procedure (the plugin jar's
// BrokersProcedure, a walk of the store), for a server that has it (plugin-installed.cypher says so);
// the same parameters and columns as query/brokers, which every other server runs.
// Parameters: $sideA, $sideB (maps: official id -> list of windows {from, to, via}), $from, $to (DATE or null), $undated (boolean)
// Columns: broker (map: id, kind, name), withA, withB (lists of {official: map, meeting: meeting map})
CALL diplograph.brokers($sideA, $sideB, $from, $to, $undated) YIELD broker, withA, withB
RETURN broker, withA, withB
