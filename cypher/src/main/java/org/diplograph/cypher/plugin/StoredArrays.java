package org.diplograph.cypher.plugin;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A list property as the store hands it over (an array) turned into what Cypher and Bolt give: a list. */
public final class StoredArrays {

    private StoredArrays() {
    }

    /**
     * @param value a property value, or a value of a row read in process
     * @return the same elements as a list when the value is an array; any other value as it is
     */
    public static Object asList(Object value) {
        if (value == null || !value.getClass().isArray()) {
            return value;
        }
        if (value instanceof Object[] objects) {
            return Arrays.asList(objects);
        }
        List<Object> list = new ArrayList<>(Array.getLength(value));
        for (int i = 0; i < Array.getLength(value); i++) {
            list.add(Array.get(value, i));
        }
        return list;
    }
}
