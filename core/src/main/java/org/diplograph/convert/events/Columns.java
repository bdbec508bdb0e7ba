package org.diplograph.convert.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each named column is in a header-driven file; names compared without case, spaces and underscores. */
final class Columns {

    private final Map<String, Integer> index = new HashMap<>();
    private final int count;

    /**
     * @param header the header's fields
     */
    Columns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(key(header.get(i)), i);
        }
        this.count = header.size();
    }

    /** @return how many columns the header names */
    int count() {
        return count;
    }

    /**
     * @param names the names the column may have, the first found wins
     * @return its index, or -1 when the header has none of them
     */
    int find(String... names) {
        for (String name : names) {
            Integer i = index.get(key(name));
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param fields a row's fields
     * @param column an index from {@link #find}, or -1
     * @return the field, stripped; empty when the column is missing or the row short
     */
    static String get(List<String> fields, int column) {
        return column < 0 || column >= fields.size() ? "" : fields.get(column).strip();
    }

    private static String key(String name) {
        StringBuilder k = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '\uFEFF') {
                k.append(Character.toLowerCase(c));
            }
        }
        return k.toString().toLowerCase(Locale.ROOT);
    }
}
