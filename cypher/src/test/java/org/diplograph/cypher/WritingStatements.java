package org.diplograph.cypher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every way we know for Cypher to write: each clause that changes data, writing procedures, schema and
 * administration commands, and writes hidden behind a read-looking start; and reads that reach beyond the
 * graph (files, URLs, procedures). Shared by the tests of the read API ({@code Diplograph.cypher}) and of
 * the {@code cypher} command.
 */
public final class WritingStatements {

    /**
     * Statements, each of which would write if it were run, with the reason (a part of the one-line message)
     * the read API gives when it refuses each.
     */
    public static final Map<String, String> REASONS = ordered(
            "CREATE (n:Intruder {owned: true})", "writes",
            "CREATE (n:Intruder) RETURN n", "writes",
            "MATCH (a:Actor), (b:Actor) CREATE (a)-[:OWNS]->(b)", "writes",
            "MERGE (n:Intruder {id: 1})", "writes",
            "MATCH (a:Actor) MERGE (a)-[:OWNS]->(a)", "writes",
            "MATCH (n:Actor) SET n.owned = true", "writes",
            "MATCH (n:Actor) SET n:Intruder", "writes",
            "MATCH (n:Actor) SET n += {owned: true}", "writes",
            "MATCH (n) DELETE n", "writes",
            "MATCH ()-[r]->() DELETE r", "writes",
            "MATCH (n) DETACH DELETE n", "writes",
            "MATCH (n:Actor) REMOVE n.name", "writes",
            "MATCH (n:Actor) REMOVE n:Actor", "writes",
            "MATCH (n:Actor) FOREACH (x IN [1] | SET n.owned = true)", "writes",
            "MATCH (n:Actor) WITH n LIMIT 1 CREATE (:Intruder {of: n.id})", "writes",
            "MATCH (n:Actor) RETURN n UNION MATCH (n:Actor) SET n.owned = true RETURN n", "writes",
            "LOAD CSV FROM 'file:///etc/hostname' AS row CREATE (:Intruder {line: row[0]})", "uses LOAD CSV, which reads files and URLs",
            "MATCH (n:Actor) CALL { WITH n SET n.owned = true } RETURN count(*) AS n", "writes",
            "CALL { CREATE (:Intruder) } IN TRANSACTIONS", "writes",
            "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS", "writes",
            "CALL db.createLabel('Intruder')", "calls the procedure db.createLabel, which is not one of the read-only procedures allowed here",
            "CALL db.createProperty('owned')", "calls the procedure db.createProperty, which is not one of the read-only procedures allowed here",
            "CALL db.createRelationshipType('OWNS')", "calls the procedure db.createRelationshipType, which is not one of the read-only procedures allowed here",
            "CREATE INDEX intruder FOR (n:Intruder) ON (n.x)", "changes the schema or administers the database",
            "CREATE TEXT INDEX intruder_text IF NOT EXISTS FOR (n:Intruder) ON (n.x)", "changes the schema or administers the database",
            "CREATE CONSTRAINT intruder FOR (n:Intruder) REQUIRE n.x IS UNIQUE", "changes the schema or administers the database",
            "DROP CONSTRAINT actor_id_unique", "changes the schema or administers the database",
            "DROP INDEX actor_scope", "changes the schema or administers the database",
            "CREATE DATABASE intruder", "Neo4j refused the statement: Unsupported administration command",
            "DROP DATABASE neo4j", "Neo4j refused the statement: Unsupported administration command",
            "CREATE USER intruder SET PASSWORD 'intruder-password' CHANGE NOT REQUIRED", "changes the schema or administers the database",
            "RETURN 1; CREATE (:Intruder)", "Neo4j refused the statement");

    /** Statements, each of which would write if it were run. */
    public static final List<String> ALL = List.copyOf(REASONS.keySet());

    /**
     * Statements that only read but reach beyond the graph: files, URLs, settings, other sessions. Each with
     * the reason the read API gives when it refuses it.
     */
    public static final Map<String, String> REACHING_OUT = ordered(
            "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 2", "uses LOAD CSV, which reads files and URLs",
            "LOAD CSV WITH HEADERS FROM 'https://example.org/people.csv' AS row RETURN row", "uses LOAD CSV, which reads files and URLs",
            "LOAD CSV FROM $url AS line RETURN line", "uses LOAD CSV, which reads files and URLs",
            "MATCH (a:Actor) CALL { LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line } RETURN a.id, line",
            "uses LOAD CSV, which reads files and URLs",
            "CALL dbms.listConfig() YIELD name, value RETURN name, value", "calls the procedure dbms.listConfig, which is not one of",
            "CALL dbms.queryJmx('*:*')", "calls the procedure dbms.queryJmx, which is not one of",
            "CALL db.stats.retrieve('GRAPH COUNTS')", "calls the procedure db.stats.retrieve, which is not one of",
            "CALL db.clearQueryCaches()", "calls the procedure db.clearQueryCaches, which is not one of",
            "CALL tx.setMetaData({note: 'x'})", "calls the procedure tx.setMetaData, which is not one of",
            "MATCH (a:Actor) WITH a LIMIT 1 CALL db.awaitIndexes(5) RETURN a.id", "calls the procedure db.awaitIndexes, which is not one of",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "terminates transactions");

    private WritingStatements() {
    }

    private static Map<String, String> ordered(String... statementsAndReasons) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < statementsAndReasons.length; i += 2) {
            map.put(statementsAndReasons[i], statementsAndReasons[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
