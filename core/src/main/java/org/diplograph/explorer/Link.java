package org.diplograph.explorer;

import java.util.List;

/**
 * One edge of a neighbourhood, between two actors of it.
 *
 * @param from    the id of one end (the stored start)
 * @param to      the id of the other end
 * @param type    {@code MET_WITH}, {@code REPRESENTS}, {@code PARTNER_OF} or {@code MEMBER_OF}
 * @param label   what to print on it: the date and place of a meeting, a title, a partnership kind
 * @param sources the ids of the sources stating it
 */
public record Link(String from, String to, String type, String label, List<String> sources) {

    /** Keeps an unmodifiable copy. */
    public Link {
        sources = NullSafeLists.copyOf(sources);
    }
}
