package org.diplograph;

import java.util.List;

/**
 * A name or id that names no actor, or names more than one. The message lists the close matches
 * (for an unknown name) or the candidates (for an ambiguous one), so the caller can pick an id.
 */
public class NotFoundException extends DiplographException {

    private static final long serialVersionUID = 1L;

    private final List<String> candidates;

    /**
     * @param message    the whole sentence
     * @param candidates close matches or candidates, as {@code id (name)} strings; may be empty
     */
    public NotFoundException(String message, List<String> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** @return close matches or candidates, as {@code id (name)} strings */
    public List<String> candidates() {
        return candidates;
    }
}
