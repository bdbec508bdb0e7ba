package org.diplograph.extract.evaluation;

import java.util.Locale;
import org.diplograph.InvalidInputException;

/**
 * The kinds of trap: facts an article invites a careless reader to state but that are false. An
 * expected file names each trap with its kind ({@code trap non-member membership UKR NATO}); the
 * report counts the traps the extractor fell into.
 */
public enum TrapKind {
    /** A country the text says is not a member (an aspirant, a candidate, a partner) made a member. */
    NON_MEMBER("non-member"),
    /** A country that attended a summit as a guest made a member of the host organisation. */
    GUEST_MEMBER("guest-member"),
    /** Two states that are each a partner of a third made partners of each other. */
    THIRD_PARTY_PARTNERS("third-party-partners"),
    /** A meeting of "yesterday" dated the publication day. */
    YESTERDAY_AS_TODAY("yesterday-as-today");

    private final String word;

    TrapKind(String word) {
        this.word = word;
    }

    /** @return the kind as expected files and the report write it ({@code non-member}) */
    public String word() {
        return word;
    }

    /**
     * @param word a kind as written in an expected file
     * @return the kind
     * @throws InvalidInputException when no kind is written so
     */
    public static TrapKind fromWord(String word) {
        for (TrapKind kind : values()) {
            if (kind.word.equals(word.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new InvalidInputException("\"" + word + "\" is not a kind of trap; use non-member, guest-member, "
                + "third-party-partners or yesterday-as-today.");
    }
}
