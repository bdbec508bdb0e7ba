package org.diplograph.cypher.internal;

import java.util.List;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema files ({@code schema/V001__….cypher}, in order) each time a graph is opened.
 * Every statement is {@code CREATE … IF NOT EXISTS}, so applying them again changes nothing, and
 * several clients may apply them at the same instant (writers pointed at a new server together): each
 * statement runs in its own managed transaction, so a deadlock on the label's schema lock is retried by
 * the driver with backoff, and "an equivalent index (or constraint) already exists" — another client
 * created it between the {@code IF NOT EXISTS} check and the creation — is success.
 */
public final class Schema {

    /** The schema files, in the order they are applied. A test checks that this lists every file. */
    public static final List<String> FILES = List.of(
            "schema/V001__actor_id_unique",
            "schema/V002__actor_keys_text_index",
            "schema/V003__source_id_unique",
            "schema/V004__met_with_on_index",
            "schema/V005__actor_scope_index",
            "schema/V006__name_lock_key_unique",
            "schema/V007__decision_key_unique");

    /** What Neo4j answers when another client created the same index or constraint first. */
    private static final Set<String> CREATED_BY_ANOTHER = Set.of(
            "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
            "Neo.ClientError.Schema.IndexAlreadyExists",
            "Neo.ClientError.Schema.ConstraintAlreadyExists");

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
                try {
                    session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
                } catch (ClientException e) {
                    if (!CREATED_BY_ANOTHER.contains(e.code())) {
                        throw e;
                    }
                    LOG.debug("{}: created meanwhile by another client ({})", file, e.code());
                }
            }
        }
        session.run("CALL db.awaitIndexes(300)").consume();
    }
}
