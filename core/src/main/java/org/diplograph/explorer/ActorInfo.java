package org.diplograph.explorer;

import java.util.List;
import org.diplograph.model.ActorKind;

/**
 * Everything the graph knows about one actor's identity: its spellings and which ids were merged into it, and why.
 *
 * @param id        the id in the graph
 * @param kind      official, ministry, alliance or country
 * @param name      the display name
 * @param aliases   every known spelling, the display name included
 * @param rank      an official's rank as written, or {@code null}
 * @param mergedIds ids that other sources gave this actor and that were merged into it
 * @param merges    one sentence per merge: which id, by which rule, on which shared key, from which source
 * @param sources   the ids of the sources that name this actor
 */
public record ActorInfo(String id, ActorKind kind, String name, List<String> aliases, String rank,
                        List<String> mergedIds, List<String> merges, List<String> sources) {

    /** Keeps unmodifiable copies; {@code null} lists become empty. */
    public ActorInfo {
        aliases = NullSafeLists.copyOf(aliases);
        mergedIds = NullSafeLists.copyOf(mergedIds);
        merges = NullSafeLists.copyOf(merges);
        sources = NullSafeLists.copyOf(sources);
    }

    /** @return the short reference to this actor */
    public ActorRef ref() {
        return new ActorRef(id, kind, name);
    }
}
