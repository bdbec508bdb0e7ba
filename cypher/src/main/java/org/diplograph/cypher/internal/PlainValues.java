package org.diplograph.cypher.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** Driver values as plain Java values that Jackson and tables can show. */
public final class PlainValues {

    private PlainValues() {
    }

    /**
     * @param value a driver value
     * @return strings, numbers, booleans, dates, lists and maps; a node becomes its properties plus
     *     {@code _labels}, an edge its properties plus {@code _type}, {@code _from} and {@code _to} (actor ids)
     */
    public static Object plain(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return plain(value.asObject());
    }

    private static Object plain(Object value) {
        if (value instanceof Node node) {
            Map<String, Object> map = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>();
            node.labels().forEach(labels::add);
            map.put("_labels", labels);
            node.asMap(PlainValues::plain).forEach(map::put);
            return map;
        }
        if (value instanceof Relationship rel) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("_type", rel.type());
            rel.asMap(PlainValues::plain).forEach(map::put);
            return map;
        }
        if (value instanceof Path path) {
            List<Object> steps = new ArrayList<>();
            var nodes = path.nodes().iterator();
            steps.add(plain(nodes.next()));
            for (Relationship rel : path.relationships()) {
                steps.add(plain(rel));
                steps.add(plain(nodes.next()));
            }
            return steps;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(plain(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return value;
    }
}
