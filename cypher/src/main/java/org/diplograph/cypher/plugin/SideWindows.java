package org.diplograph.cypher.plugin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officials on one side as the side statements ({@code query/brokers}, {@code query/meetings-between},
 * …) take them: official id → list of windows {@code {from, to, via}}, one per way he is on the side,
 * built from the rows of {@code query/side-members}. Shared by the Explorer (rows through the driver) and
 * the plugin's walk (rows in the server).
 */
public final class SideWindows {

    private SideWindows() {
    }

    /**
     * @param rows the rows of {@code query/side-members} as plain values ({@code official}, {@code validFrom},
     *             {@code validTo}, {@code via}); a row of nulls, for a side without officials, is skipped
     * @return official id → windows, in the rows' order
     */
    public static Map<String, Object> of(Iterable<Map<String, Object>> rows) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            Object official = r.get("official");
            if (official == null) {
                continue;
            }
            Map<String, Object> window = new HashMap<>();
            window.put("from", r.get("validFrom"));
            window.put("to", r.get("validTo"));
            window.put("via", StoredArrays.asList(r.get("via")));
            @SuppressWarnings("unchecked")
            List<Object> windows = (List<Object>) members.computeIfAbsent((String) official, k -> new ArrayList<>());
            windows.add(window);
        }
        return members;
    }
}
