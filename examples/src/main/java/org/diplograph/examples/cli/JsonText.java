package org.diplograph.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.diplograph.json.JsonMappers;

/** Any result as compact JSON, with the results mapper (ISO dates, no nulls). */
public final class JsonText {

    private JsonText() {
    }

    /**
     * @param value a record, map or list
     * @return its JSON
     */
    public static String of(Object value) {
        try {
            return JsonMappers.results().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A result could not be written as JSON", e);
        }
    }
}
