package org.diplograph.cypher;

import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;

/**
 * Every test of {@link ExplorerIT}, with the Explorer and the exports reading in process on the database's own
 * API (as {@code Diplograph.using(EmbeddedNeo4j)} does): the same answers as through Bolt, from the same
 * statements and the same mapping of their rows.
 */
class InProcessExplorerIT extends ExplorerIT {

    @Override
    Diplograph open(Driver driver, Neo4j neo4j) {
        return Diplograph.using(driver, neo4j.defaultDatabaseService(), DiplographConfig.defaultConfig());
    }
}
