package org.diplograph.cypher.internal.write;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.diplograph.model.ActorId;
import org.diplograph.names.Decision;

/**
 * Analysts' decisions as name resolution applies them to the new ids of a batch: a new id decided the
 * {@link Decision.Kind#SAME same} as another is the actor that holds the other id; a new id decided
 * {@link Decision.Kind#DIFFERENT different} from another is never merged into the actor that holds it.
 * Each decision's ids are mapped to the actor that holds them in the graph when the write begins (the
 * actor with that id, or the one it was merged into); an id no actor holds yet is its own holder, or the
 * actor the batch resolved it to.
 */
public final class DecisionRules {

    /** No decisions. */
    public static final DecisionRules NONE = new DecisionRules(List.of(), Map.of());

    private final List<Decision> decisions;
    private final Map<ActorId, ActorId> holders;

    /**
     * @param decisions the decisions
     * @param holders   id → the id of the actor that holds it in the graph, for the ids some actor holds
     */
    public DecisionRules(List<Decision> decisions, Map<ActorId, ActorId> holders) {
        this.decisions = List.copyOf(decisions);
        this.holders = Map.copyOf(holders);
    }

    /** @return whether there are none */
    public boolean isEmpty() {
        return decisions.isEmpty();
    }

    /**
     * @param newId   an id the graph does not hold
     * @param inBatch the actor an id of the batch resolved to, or {@code null}
     * @return the actor the id is, by decision, when that actor exists
     */
    Optional<ActorId> sameAs(ActorId newId, Function<ActorId, ActorId> inBatch) {
        for (Decision d : decisions) {
            if (d.kind() == Decision.Kind.SAME && (d.a().equals(newId) || d.b().equals(newId))) {
                ActorId other = d.a().equals(newId) ? d.b() : d.a();
                ActorId holder = holders.containsKey(other) ? holders.get(other) : inBatch.apply(other);
                if (holder != null && !holder.equals(newId)) {
                    return Optional.of(holder);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param newId     an id the graph does not hold
     * @param candidate an actor the name rules would merge it into
     * @return whether a decision keeps them apart
     */
    boolean apart(ActorId newId, ActorId candidate) {
        for (Decision d : decisions) {
            if (d.kind() == Decision.Kind.DIFFERENT && (d.a().equals(newId) || d.b().equals(newId))) {
                ActorId other = d.a().equals(newId) ? d.b() : d.a();
                if (other.equals(candidate) || candidate.equals(holders.get(other))) {
                    return true;
                }
            }
        }
        return false;
    }
}
