package org.diplograph.explorer;

import java.util.List;

/**
 * An official both A and B met, with the meetings on each side.
 *
 * @param contact the official both met
 * @param withA   his meetings with A ({@code official} is the contact)
 * @param withB   his meetings with B
 */
public record CommonContact(ActorRef contact, List<MeetingFact> withA, List<MeetingFact> withB) {

    /** Keeps unmodifiable copies. */
    public CommonContact {
        withA = NullSafeLists.copyOf(withA);
        withB = NullSafeLists.copyOf(withB);
    }
}
