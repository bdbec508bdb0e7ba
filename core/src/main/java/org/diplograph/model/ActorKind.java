package org.diplograph.model;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.diplograph.InvalidInputException;

/**
 * The four kinds of actor, each with the id form of {@code DESIGN.md} and the graph label it gets.
 */
public enum ActorKind {
    /** A person; id {@code <country or alliance>/<slug of full name>}, like {@code AZE/najmeddin-sadikov}. */
    OFFICIAL("Official", ActorKind::isScopedSlug),
    /** A ministry, command or staff; id {@code <country or alliance>/<slug>}, like {@code USA/european-command}. */
    MINISTRY("Ministry", ActorKind::isScopedSlug),
    /** An alliance; id its usual acronym, like {@code NATO}. */
    ALLIANCE("Alliance", id -> id.length() >= 2 && id.length() <= 12 && isUpper(id.charAt(0)) && allUpperOrDigit(id, 1, id.length())),
    /** A country; id its ISO 3166-1 alpha-3 code, like {@code AZE}. */
    COUNTRY("Country", id -> id.length() == 3 && isUpper(id.charAt(0)) && isUpper(id.charAt(1)) && isUpper(id.charAt(2)));

    /** Every kind, for the checks run on every id (values() copies its array each call). */
    static final List<ActorKind> ALL = List.of(values());

    private final String label;
    private final String word = name().toLowerCase(Locale.ROOT);
    // Checked by hand rather than by regular expression: every id of every FactSet is checked, and a
    // matcher per id was a measurable share of a bulk load's allocations.
    private final Predicate<String> idForm;

    ActorKind(String label, Predicate<String> idForm) {
        this.label = label;
        this.idForm = idForm;
    }

    /** @return the Neo4j label of this kind, like {@code Official} */
    public String label() {
        return label;
    }

    /** @return the word used in FactSet JSON, like {@code official} */
    public String word() {
        return word;
    }

    /** @return the word with its article, for messages: {@code an official}, {@code a ministry} */
    public String withArticle() {
        return (this == OFFICIAL || this == ALLIANCE ? "an " : "a ") + word();
    }

    /**
     * @param id an id
     * @return whether the id has the form this kind's ids have
     */
    public boolean accepts(String id) {
        return id != null && idForm.test(id);
    }

    /**
     * {@code [A-Z][A-Z0-9]{1,11}/[a-z0-9]+(-[a-z0-9]+)*}, like {@code AZE/najmeddin-sadikov}: the scope is a country's
     * or an alliance's id, so an alliance with a digit ({@code G7}) may scope one too.
     */
    private static boolean isScopedSlug(String id) {
        int slash = id.indexOf('/');
        if (slash < 2 || slash > 12 || slash == id.length() - 1 || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        if (!isUpper(id.charAt(0)) || !allUpperOrDigit(id, 1, slash)) {
            return false;
        }
        char previous = '-';
        for (int i = slash + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean slugChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!slugChar && !(c == '-' && previous != '-')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean allUpperOrDigit(String id, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = id.charAt(i);
            if (!isUpper(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * @param word {@code official}, {@code ministry}, {@code alliance} or {@code country} (any case)
     * @return the kind
     * @throws InvalidInputException for any other word
     */
    public static ActorKind fromWord(String word) {
        String trimmed = word == null ? "" : word.trim();
        for (ActorKind kind : ALL) {
            if (kind.word.equalsIgnoreCase(trimmed)) {
                return kind;
            }
        }
        throw new InvalidInputException("\"" + word + "\" is not an actor kind; use official, ministry, alliance or country.");
    }

    /**
     * @param label a graph label like {@code Official}
     * @return the kind with that label
     */
    public static ActorKind fromLabel(String label) {
        return ALL.stream()
                .filter(k -> k.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No actor kind has the label " + label));
    }
}
