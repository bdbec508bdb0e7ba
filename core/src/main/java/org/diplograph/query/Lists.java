package org.diplograph.query;

import java.util.List;

/** Null-safe unmodifiable copies for result records. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
