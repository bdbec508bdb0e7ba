package org.diplograph.explorer;

import java.util.List;

/** Null-safe unmodifiable copies for result records. */
final class NullSafeLists {

    private NullSafeLists() {
    }

    static <T> List<T> copyOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
