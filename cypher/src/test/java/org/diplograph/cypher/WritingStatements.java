package org.diplograph.cypher;

import java.util.List;

/**
 * Every way we know for Cypher to write: each clause that changes data, writing procedures, schema and
 * administration commands, and writes hidden behind a read-looking start. Shared by the tests of the
 * read API ({@code Diplograph.cypher}) and of the {@code cypher} command.
 */
public final class WritingStatements {

    /** Statements, each of which would write if it were run. */
    public static final List<String> ALL = List.of(
            "CREATE (n:Intruder {owned: true})",
            "CREATE (n:Intruder) RETURN n",
            "MATCH (a:Actor), (b:Actor) CREATE (a)-[:OWNS]->(b)",
            "MERGE (n:Intruder {id: 1})",
            "MATCH (a:Actor) MERGE (a)-[:OWNS]->(a)",
            "MATCH (n:Actor) SET n.owned = true",
            "MATCH (n:Actor) SET n:Intruder",
            "MATCH (n:Actor) SET n += {owned: true}",
            "MATCH (n) DELETE n",
            "MATCH ()-[r]->() DELETE r",
            "MATCH (n) DETACH DELETE n",
            "MATCH (n:Actor) REMOVE n.name",
            "MATCH (n:Actor) REMOVE n:Actor",
            "MATCH (n:Actor) FOREACH (x IN [1] | SET n.owned = true)",
            "MATCH (n:Actor) WITH n LIMIT 1 CREATE (:Intruder {of: n.id})",
            "MATCH (n:Actor) RETURN n UNION MATCH (n:Actor) SET n.owned = true RETURN n",
            "LOAD CSV FROM 'file:///etc/hostname' AS row CREATE (:Intruder {line: row[0]})",
            "MATCH (n:Actor) CALL { WITH n SET n.owned = true } RETURN count(*) AS n",
            "CALL { CREATE (:Intruder) } IN TRANSACTIONS",
            "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
            "CALL db.createLabel('Intruder')",
            "CALL db.createProperty('owned')",
            "CALL db.createRelationshipType('OWNS')",
            "CREATE INDEX intruder FOR (n:Intruder) ON (n.x)",
            "CREATE TEXT INDEX intruder_text IF NOT EXISTS FOR (n:Intruder) ON (n.x)",
            "CREATE CONSTRAINT intruder FOR (n:Intruder) REQUIRE n.x IS UNIQUE",
            "DROP CONSTRAINT actor_id_unique",
            "DROP INDEX actor_scope",
            "CREATE DATABASE intruder",
            "DROP DATABASE neo4j",
            "CREATE USER intruder SET PASSWORD 'intruder-password' CHANGE NOT REQUIRED",
            "RETURN 1; CREATE (:Intruder)");

    private WritingStatements() {
    }
}
