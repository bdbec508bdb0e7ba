package org.diplograph.cypher;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.cypher.internal.QueryTransaction;
import org.diplograph.cypher.internal.Statements;
import org.diplograph.explorer.ActorInfo;
import org.diplograph.explorer.ActorRef;
import org.diplograph.explorer.MeetingFact;
import org.diplograph.model.ActorKind;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read side's statements and their values: runs a {@code query/<name>.cypher} file, and maps the
 * maps its rows return (actors, meetings) to the Explorer's records, leaving absent values absent.
 */
final class QueryResults {

    private static final Logger STATEMENTS = LoggerFactory.getLogger("org.diplograph.cypher.statements");

    private QueryResults() {
    }

    /**
     * Runs {@code query/<name>.cypher}, logging it at DEBUG under {@code org.diplograph.cypher.statements}.
     */
    static List<Record> run(QueryTransaction tx, String name, Map<String, Object> parameters) {
        String statement = Statements.load("query/" + name);
        if (STATEMENTS.isDebugEnabled()) {
            STATEMENTS.debug("query/{} {}\n{}", name, parameters, statement);
        }
        return tx.run(statement, parameters);
    }

    /**
     * Runs {@code query/brokers} between two sides given by id ({@link QueryTransaction#brokers}: by the
     * statements, or a walk of the store in this JVM or in a server with Diplograph's plugin), logging the
     * statement at DEBUG as {@link #run} does.
     *
     * @return the rows, or {@code null} when either id names no actor
     */
    static List<Record> brokers(QueryTransaction tx, String a, String b, boolean viaMembership, Map<String, Object> period) {
        if (STATEMENTS.isDebugEnabled()) {
            STATEMENTS.debug("query/brokers between {} and {} (viaMembership {}) {} (or its rows by a walk of the store)\n{}",
                    a, b, viaMembership, period, Statements.load("query/brokers"));
        }
        return tx.brokers(a, b, viaMembership, period);
    }

    static ActorRef ref(Value v) {
        return new ActorRef(v.get("id").asString(), ActorKind.fromWord(v.get("kind").asString()), v.get("name").asString());
    }

    static ActorInfo actorInfo(Value v) {
        return new ActorInfo(v.get("id").asString(), ActorKind.fromWord(v.get("kind").asString()), v.get("name").asString(),
                strings(v.get("aliases")), text(v.get("rank")), strings(v.get("mergedIds")), strings(v.get("merges")),
                strings(v.get("sources")));
    }

    static MeetingFact meeting(ActorRef official, ActorRef counterpart, Value m) {
        return new MeetingFact(official, counterpart, partialDate(m.get("on"), m.get("precision")), text(m.get("place")),
                strings(m.get("sources")), sentences(m.get("evidence")));
    }

    static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    /**
     * A stored date (a first day, or for an end the last day) at the precision stored beside it: answers
     * show no more than the facts know.
     */
    static PartialDate partialDate(Value day, Value precision) {
        LocalDate d = date(day);
        if (d == null) {
            return null;
        }
        DatePrecision p = precision(precision);
        return PartialDate.containing(d, p == null ? DatePrecision.DAY : p);
    }

    static DatePrecision precision(Value v) {
        return v == null || v.isNull() ? null : DatePrecision.fromWord(v.asString());
    }

    static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }

    /**
     * An edge's sentences as an answer shows them: each once, without the {@code ""} of sources that gave
     * none (the stored list has one entry per source).
     */
    static List<String> sentences(Value v) {
        return v == null || v.isNull() ? List.of() : distinct(v.asList(Value::asString));
    }

    /** A list of lists of strings (one per edge), flattened, each string once, without empty ones. */
    static List<String> flat(Value v) {
        List<String> all = new java.util.ArrayList<>();
        for (Value inner : v.values()) {
            all.addAll(strings(inner));
        }
        return distinct(all);
    }

    private static List<String> distinct(List<String> values) {
        Set<String> all = new LinkedHashSet<>(values);
        all.remove("");
        return List.copyOf(all);
    }
}
