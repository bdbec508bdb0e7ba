package org.diplograph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diplograph.InvalidInputException;

/**
 * The four kinds of actor, each with the id form of {@code DESIGN.md} and the graph label it gets.
 */
public enum ActorKind {
    /** A person; id {@code <country or alliance>/<slug of full name>}, like {@code AZE/najmeddin-sadikov}. */
    OFFICIAL("Official", "[A-Z]{2,12}/[a-z0-9]+(?:-[a-z0-9]+)*"),
    /** A ministry, command or staff; id {@code <country or alliance>/<slug>}, like {@code USA/european-command}. */
    MINISTRY("Ministry", "[A-Z]{2,12}/[a-z0-9]+(?:-[a-z0-9]+)*"),
    /** An alliance; id its usual acronym, like {@code NATO}. */
    ALLIANCE("Alliance", "[A-Z][A-Z0-9]{1,11}"),
    /** A country; id its ISO 3166-1 alpha-3 code, like {@code AZE}. */
    COUNTRY("Country", "[A-Z]{3}");

    private final String label;
    private final Pattern idForm;

    ActorKind(String label, String idForm) {
        this.label = label;
        this.idForm = Pattern.compile(idForm);
    }

    /** @return the Neo4j label of this kind, like {@code Official} */
    public String label() {
        return label;
    }

    /** @return the word used in FactSet JSON, like {@code official} */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id an id
     * @return whether the id has the form this kind's ids have
     */
    public boolean accepts(String id) {
        return id != null && idForm.matcher(id).matches();
    }

    /**
     * @param word {@code official}, {@code ministry}, {@code alliance} or {@code country} (any case)
     * @return the kind
     * @throws InvalidInputException for any other word
     */
    public static ActorKind fromWord(String word) {
        return Arrays.stream(values())
                .filter(k -> k.word().equalsIgnoreCase(word == null ? "" : word.trim()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "\"" + word + "\" is not an actor kind; use official, ministry, alliance or country."));
    }

    /**
     * @param label a graph label like {@code Official}
     * @return the kind with that label
     */
    public static ActorKind fromLabel(String label) {
        return Arrays.stream(values())
                .filter(k -> k.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No actor kind has the label " + label));
    }
}
