package org.diplograph.cypher.internal.write;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Write rows as the {@code $rows} parameter of their statement: each row a map from its record's field
 * names to their values, so a statement's {@code row.onKey} is the record's {@code onKey()} by
 * construction ({@code StatementFilesIT} checks that every {@code row.x} a statement reads is a field).
 */
final class RowParameters {

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private RowParameters() {
    }

    static List<Map<String, Object>> of(List<?> rows) {
        List<Map<String, Object>> maps = new ArrayList<>(rows.size());
        for (Object row : rows) {
            maps.add(of((Record) row));
        }
        return maps;
    }

    static Map<String, Object> of(Record row) {
        RecordComponent[] components = COMPONENTS.computeIfAbsent(row.getClass(), Class::getRecordComponents);
        Map<String, Object> map = new HashMap<>(components.length * 2);
        for (RecordComponent component : components) {
            map.put(component.getName(), value(component.getAccessor(), row));
        }
        return map;
    }

    private static Object value(Method accessor, Record row) {
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor + " of a write row", e);
        }
    }
}
