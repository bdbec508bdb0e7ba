package org.diplograph.model;

import java.util.Optional;
import org.diplograph.InvalidInputException;

/**
 * The id of an actor: {@code AZE}, {@code NATO}, {@code AZE/ministry-of-defense}, {@code AZE/najmeddin-sadikov}.
 *
 * @param value the id as written; at most 200 characters, no white space
 */
public record ActorId(String value) implements Comparable<ActorId> {

    /** Ids longer than this are refused: no real id is, and long ones are a sign of bad input. */
    public static final int MAX_LENGTH = 200;

    /** Validates that the id is non-blank, short and of one of the forms of {@link ActorKind}. */
    public ActorId {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("An actor id must not be empty.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("An actor id must be at most " + MAX_LENGTH + " characters long.");
        }
        boolean wellFormed = false;
        for (ActorKind kind : ActorKind.ALL) {
            if (kind.accepts(value)) {
                wellFormed = true;
                break;
            }
        }
        if (!wellFormed) {
            throw new InvalidInputException("\"" + value + "\" is not an actor id: use an ISO alpha-3 country code (AZE), "
                    + "an alliance acronym (NATO), or <country or alliance>/<lower-case-slug> (AZE/najmeddin-sadikov).");
        }
    }

    /**
     * @param value the id
     * @return the id
     * @throws InvalidInputException when it is not of a known form
     */
    public static ActorId of(String value) {
        return new ActorId(value);
    }

    /**
     * The country or alliance an official or ministry belongs to: {@code AZE} for {@code AZE/najmeddin-sadikov}.
     *
     * @return the scope, or empty for a country or alliance id
     */
    public Optional<String> scope() {
        int slash = value.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(value.substring(0, slash));
    }

    @Override
    public int compareTo(ActorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
