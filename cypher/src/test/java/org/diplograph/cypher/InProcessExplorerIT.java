package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.diplograph.cypher.internal.write.InProcessTransactions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
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

    @Test
    void aReadInProcessIsRefusedAWriteAsAServerReadTransactionIs(Driver driver, Neo4j neo4j) {
        InProcessTransactions transactions = new InProcessTransactions(neo4j.defaultDatabaseService(), Duration.ofSeconds(1));
        long before = count(driver);
        assertThatThrownBy(() -> transactions.inReadTransaction(tx -> tx.run("CREATE (n:Stray) RETURN n", Map.of())))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("not allowed");
        assertThat(count(driver)).as("nodes after the refused write").isEqualTo(before);
        assertThat(transactions.inReadTransaction(tx -> tx.run("MATCH (n) RETURN count(n) AS n", Map.of())).get(0).get("n").asLong())
                .as("the same transactions read").isEqualTo(before);
    }

    private static long count(Driver driver) {
        try (var session = driver.session()) {
            return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
        }
    }
}
