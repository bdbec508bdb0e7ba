package org.diplograph.cypher.internal;

import java.util.List;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema files ({@code schema/V001__….cypher}, in order) each time a graph is opened.
 * Every statement is {@code CREATE … IF NOT EXISTS}, so applying them again changes nothing.
 */
public final class Schema {

    /** The schema files, in the order they are applied. A test checks that this lists every file. */
    public static final List<String> FILES = List.of(
            "schema/V001__actor_id_unique",
            "schema/V002__actor_keys_text_index",
            "schema/V003__source_id_unique",
            "schema/V004__met_with_on_index",
            "schema/V005__actor_scope_index",
            "schema/V006__name_lock_key_unique");

    private static final Logger LOG = LoggerFactory.getLogger("org.diplograph.cypher.schema");

    private Schema() {
    }

    /**
     * @param session a session on the database to prepare
     */
    public static void apply(Session session) {
        for (String file : FILES) {
            for (String statement : Statements.split(Statements.load(file))) {
                LOG.debug("{}: {}", file, statement);
                session.run(statement).consume();
            }
        }
        session.run("CALL db.awaitIndexes(300)").consume();
    }
}
