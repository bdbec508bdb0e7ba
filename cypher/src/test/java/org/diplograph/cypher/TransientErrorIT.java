package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.diplograph.json.FactSetJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Guarantee: transient errors never reach the caller. This database gives up waiting for a lock after
 * half a second with a transient error, as a busy server does; a write blocked by another transaction
 * is retried by the driver with growing pauses (within {@link DiplographConfig#maxRetryTime()}) until
 * the lock is free, and then succeeds.
 */
@ExtendWith(Neo4jExtension.class)
@Neo4jExtension.LockTimeout(millis = 500)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransientErrorIT {

    static final String ONE_MEETING = """
            {"format": "diplograph/facts@1", "source": {"id": "SOURCE"},
             "actors": [{"id": "AZE/najmeddin-sadikov", "kind": "official", "name": "Najmeddin Sadikov"},
                        {"id": "RUS/valery-gerasimov", "kind": "official", "name": "Valery Gerasimov"},
                        {"id": "AZE", "kind": "country", "name": "Azerbaijan"}],
             "represents": [{"who": "AZE/najmeddin-sadikov", "body": "AZE", "title": "Chief of the General Staff"}],
             "meetings": [{"participants": ["AZE/najmeddin-sadikov", "RUS/valery-gerasimov"], "on": "2020-02-06", "precision": "day"}]}
            """;

    @Test
    void aWriteBlockedByAnotherTransactionWaitsWithBackoffAndNeverFails(Driver driver) throws Exception {
        Diplograph graph = Diplograph.using(driver);
        graph.writer().write(FactSetJson.parse(ONE_MEETING.replace("SOURCE", "first"), "first.json"));
        try (var blocker = driver.session(); var tx = blocker.beginTransaction()) {
            tx.run("MATCH (c:Actor {id: 'AZE'}) SET c.heldByAnotherWriter = true").consume();
            CompletableFuture<WriteSummary> write = CompletableFuture.supplyAsync(
                    () -> graph.writer().write(FactSetJson.parse(ONE_MEETING.replace("SOURCE", "second"), "second.json")));
            Thread.sleep(3_000);
            assertThat(write).as("the writer keeps trying while the lock is held (lock timeouts are transient)").isNotDone();
            tx.rollback();
            assertThat(write.get(30, TimeUnit.SECONDS).factSets()).isEqualTo(1);
        }
        assertThat(GraphDump.one(driver, "MATCH ()-[m:MET_WITH]->() RETURN m.sources AS sources", Map.of()).get("sources"))
                .isEqualTo(List.of("first", "second"));
    }
}
