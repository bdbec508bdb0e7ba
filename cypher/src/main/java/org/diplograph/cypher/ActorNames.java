package org.diplograph.cypher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.InvalidInputException;
import org.diplograph.NotFoundException;
import org.diplograph.cypher.internal.QueryTransaction;
import org.diplograph.explorer.ActorInfo;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.names.NameKeys;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Resolves what a caller calls an actor (an id, a merged id or any spelling) to the one actor it
 * names, inside the caller's read transaction, with {@code query/resolve-actor}: for a text of an id's
 * form first by that id alone (the unique index; an actor's own id wins over a merged id or a name),
 * then by id, merged id and name together; {@code query/close-matches} only when nothing matched.
 * Most methods first run their own statement with the text as the id and come here only when that
 * finds no actor of the kinds they accept ({@link #asId}).
 */
final class ActorNames {

    /** Every kind: for sides and for questions about any actor. */
    static final Set<ActorKind> ANY = EnumSet.allOf(ActorKind.class);
    /** Officials only. */
    static final Set<ActorKind> OFFICIALS = EnumSet.of(ActorKind.OFFICIAL);

    private static final int CLOSE_MATCHES = 5;

    private ActorNames() {
    }

    /**
     * @param nameOrId what the caller wrote
     * @return the text, stripped, when it has an id's form (so statements may first try it as the id), else null
     */
    static String asId(String nameOrId) {
        if (nameOrId == null) {
            return null;
        }
        String text = nameOrId.strip();
        return !text.isEmpty() && ANY.stream().anyMatch(kind -> kind.accepts(text)) ? text : null;
    }

    /**
     * @param tx       the read transaction
     * @param nameOrId what the caller wrote
     * @param accepted the kinds the question accepts
     * @param role     what the name stands for in the question, for messages ("the official", "side A")
     * @return the actor
     * @throws NotFoundException      when nothing, or more than one actor of the accepted kinds, matches
     * @throws InvalidInputException when the name is empty or names an actor of another kind
     */
    static ActorInfo resolve(QueryTransaction tx, String nameOrId, Set<ActorKind> accepted, String role) {
        List<ActorInfo> found = candidates(tx, nameOrId, accepted, role);
        if (found.isEmpty()) {
            List<String> close = closeMatches(tx, nameOrId);
            throw new NotFoundException("No actor is called \"" + nameOrId.strip() + "\" (" + role + ")."
                    + (close.isEmpty() ? " Try search with part of the name." : " Close matches: " + String.join(", ", close)
                    + ". Ask again by id or by one of these names."), close);
        }
        return found.get(0);
    }

    /**
     * Like {@link #resolve}, but nothing matching is an empty list.
     *
     * @return the one actor, or nothing
     */
    static List<ActorInfo> candidates(QueryTransaction tx, String nameOrId, Set<ActorKind> accepted, String role) {
        if (nameOrId == null || nameOrId.isBlank()) {
            throw new InvalidInputException("Name " + role + " by id or by name; the name is empty.");
        }
        String text = nameOrId.strip();
        boolean idForm = asId(text) != null;
        String key = NameKeys.fold(text);
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("id", idForm ? text : null);
        parameters.put("scope", null);
        parameters.put("key", null);
        if (idForm) {
            // an actor's own id decides alone: ask the unique index first and leave the text index alone
            List<Record> own = QueryResults.run(tx, "resolve-actor", parameters);
            if (!own.isEmpty()) {
                return List.of(checkKind(QueryResults.actorInfo(own.get(0).get("actor")), accepted, text, role));
            }
        }
        parameters.put("scope", idForm ? ActorId.of(text).scope().orElse(null) : null);
        parameters.put("key", key.isEmpty() ? null : key);
        List<Record> rows = QueryResults.run(tx, "resolve-actor", parameters);

        List<ActorInfo> byId = new ArrayList<>();
        List<ActorInfo> byName = new ArrayList<>();
        for (Record row : rows) {
            ActorInfo actor = QueryResults.actorInfo(row.get("actor"));
            List<String> how = row.get("matchedBy").asList(Value::asString);
            (how.contains("id") || how.contains("merged id") ? byId : byName).add(actor);
        }
        if (!byId.isEmpty()) {
            return List.of(checkKind(byId.get(0), accepted, text, role));
        }
        List<ActorInfo> fitting = closest(byName.stream().filter(a -> accepted.contains(a.kind())).toList(), key);
        byName = closest(byName, key);
        if (fitting.size() == 1) {
            return fitting;
        }
        if (fitting.size() > 1) {
            List<String> names = fitting.stream().map(a -> a.id() + " (" + a.name() + ")").toList();
            throw new NotFoundException("\"" + text + "\" (" + role + ") could be any of " + fitting.size() + " actors: "
                    + String.join(", ", names) + ". Ask again by id.", names);
        }
        if (byName.size() == 1) {
            return List.of(checkKind(byName.get(0), accepted, text, role));
        }
        if (byName.size() > 1) {
            throw new InvalidInputException("\"" + text + "\" (" + role + ") names "
                    + byName.stream().map(a -> a.kind().word() + " " + a.id()).collect(Collectors.joining(", "))
                    + ", but the question needs " + kinds(accepted) + ".");
        }
        return List.of();
    }

    /**
     * The actors whose match is the closest: a whole spelling beats given-and-family name, which beats
     * a family name alone ("Georgia" is the country, not the "Ministry of Defence of Georgia"; "Mammadov"
     * stays ambiguous between two Mammadovs).
     */
    private static List<ActorInfo> closest(List<ActorInfo> actors, String key) {
        for (int tier = 0; tier < 2; tier++) {
            int t = tier;
            List<ActorInfo> best = actors.stream().filter(a -> a.aliases().stream().anyMatch(s -> {
                List<String> words = NameKeys.foldedWords(s);
                return t == 0 ? String.join(" ", words).equals(key)
                        : words.size() > 2 && (words.get(0) + " " + words.get(words.size() - 1)).equals(key);
            })).toList();
            if (!best.isEmpty()) {
                return best;
            }
        }
        return actors;
    }

    private static ActorInfo checkKind(ActorInfo actor, Set<ActorKind> accepted, String text, String role) {
        if (!accepted.contains(actor.kind())) {
            throw new InvalidInputException("\"" + text + "\" (" + role + ") is " + actor.id() + ", " + actor.kind().withArticle()
                    + ", but the question needs " + kinds(accepted) + ".");
        }
        return actor;
    }

    private static String kinds(Set<ActorKind> accepted) {
        return accepted.stream().map(ActorKind::withArticle).collect(Collectors.joining(" or "));
    }

    /** Spellings beginning like the words of the text, nearest (by edit distance of folded keys) first. */
    private static List<String> closeMatches(QueryTransaction tx, String text) {
        boolean idForm = ANY.stream().anyMatch(kind -> kind.accepts(text));
        String spelling = idForm && text.contains("/") ? text.substring(text.indexOf('/') + 1).replace('-', ' ') : text;
        List<String> words = NameKeys.foldedWords(spelling);
        Set<String> prefixes = new LinkedHashSet<>();
        for (String word : words) {
            if (word.length() >= 3) {
                prefixes.add(word.substring(0, 3));
            }
        }
        if (prefixes.isEmpty()) {
            return List.of();
        }
        String wanted = String.join(" ", words);
        record Scored(String label, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Record row : QueryResults.run(tx, "close-matches", Map.of("prefixes", List.copyOf(prefixes), "limit", 200))) {
            int best = Integer.MAX_VALUE;
            for (String key : row.get("keys").asList(Value::asString)) {
                best = Math.min(best, Math.min(distance(wanted, key), words.size() > 1 ? Integer.MAX_VALUE
                        : distance(wanted, key.substring(key.lastIndexOf(' ') + 1))));
            }
            if (best <= Math.max(2, wanted.length() / 3)) {
                scored.add(new Scored(row.get("id").asString() + " (" + row.get("name").asString() + ")", best));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::label))
                .limit(CLOSE_MATCHES)
                .map(Scored::label)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
