package org.diplograph.names;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;

/**
 * Decides whether an incoming actor with a new id is an actor already known under another id.
 *
 * <p>The rule: same kind, same country or alliance (the part of the id before {@code /}), and an
 * identity key in common ({@link NameKeys#identityKeys(List)}; a shared full name wins over shared given and
 * family names), and nothing in the names that tells
 * them apart ({@link NameKeys#tellApart}: other middle names or initials, another generational suffix,
 * other numbers). Countries and alliances are known by their codes only and never merged by name. Two
 * people of one country who share only a surname share no identity key, so they stay two.
 */
public final class AliasResolver {

    private AliasResolver() {
    }

    /**
     * What an existing actor looks like to the resolver.
     *
     * @param id        its id
     * @param kind      its kind
     * @param spellings its name and aliases
     */
    public record Known(ActorId id, ActorKind kind, List<String> spellings) {
    }

    /**
     * Why an incoming actor was taken to be a known one.
     *
     * @param incoming the id the incoming actor was given
     * @param known    the id it resolves to
     * @param rule     the rule ({@link NameKeys#RULE_FULL_NAME}, {@link NameKeys#RULE_GIVEN_AND_FAMILY})
     * @param key      the folded key both share
     */
    public record Merge(ActorId incoming, ActorId known, String rule, String key) {
    }

    /**
     * @param incoming   an actor whose id is not yet known
     * @param candidates known actors that share a key with it (any sort); others are ignored anyway
     * @return the merge, if one candidate qualifies: the one that shares a full name with it, or, when none
     *     does, the one that shares given and family names; empty when none does, or more than one does at
     *     the best level (then the evidence cannot choose and a new actor is safer)
     */
    public static Optional<Merge> resolve(Actor incoming, List<Known> candidates) {
        Optional<String> scope = incoming.id().scope();
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> incomingKeys = new java.util.LinkedHashMap<>(NameKeys.identityKeys(incoming.spellings()));
        if (incoming.kind() != ActorKind.OFFICIAL) {
            // given-and-family is a rule for people: "Ministry of Defence of Georgia" and "Ministry of
            // Foreign Affairs of Georgia" share "ministry georgia" and are still two ministries
            incomingKeys.values().removeIf(NameKeys.RULE_GIVEN_AND_FAMILY::equals);
        }
        Merge byFullName = null;
        Merge byGivenAndFamily = null;
        boolean severalFull = false;
        boolean severalPartial = false;
        for (Known known : candidates) {
            if (known.kind() != incoming.kind() || known.id().equals(incoming.id())
                    || !scope.equals(known.id().scope()) || NameKeys.tellApart(incoming.spellings(), known.spellings())) {
                continue;
            }
            Map<String, String> knownKeys = NameKeys.identityKeys(known.spellings());
            Merge full = null;
            Merge partial = null;
            for (Map.Entry<String, String> key : incomingKeys.entrySet()) {
                String knownRule = knownKeys.get(key.getKey());
                if (knownRule == null) {
                    continue;
                }
                boolean bothFull = key.getValue().equals(NameKeys.RULE_FULL_NAME) && knownRule.equals(NameKeys.RULE_FULL_NAME);
                if (bothFull && full == null) {
                    full = new Merge(incoming.id(), known.id(), NameKeys.RULE_FULL_NAME, key.getKey());
                } else if (partial == null) {
                    partial = new Merge(incoming.id(), known.id(), key.getValue(), key.getKey());
                }
            }
            if (full != null) {
                severalFull |= byFullName != null && !byFullName.known().equals(known.id());
                byFullName = byFullName == null ? full : byFullName;
            } else if (partial != null) {
                severalPartial |= byGivenAndFamily != null && !byGivenAndFamily.known().equals(known.id());
                byGivenAndFamily = byGivenAndFamily == null ? partial : byGivenAndFamily;
            }
        }
        if (byFullName != null) {
            return severalFull ? Optional.empty() : Optional.of(byFullName);
        }
        return byGivenAndFamily == null || severalPartial ? Optional.empty() : Optional.of(byGivenAndFamily);
    }
}
