package org.diplograph.cypher.internal.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.diplograph.model.ActorId;

/**
 * How one source declared an id that was merged into another actor: kept on that actor (its
 * {@code declarations}, one JSON string each), so that an analyst's decision that the two are different
 * can split the merged id out again with exactly its sources, sentences and spellings.
 *
 * @param id        the id the source declared
 * @param source    the source
 * @param name      the name it gave
 * @param spellings every spelling it gave
 * @param rank      the rank it gave, or {@code null}
 */
public record Declaration(String id, String source, String name, List<String> spellings, String rank) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return a declaration of an id */
    static Declaration of(ActorId id, String source, String name, List<String> spellings, String rank) {
        return new Declaration(id.value(), source, name, List.copyOf(spellings), rank);
    }

    /** @return this declaration as the JSON string the actor keeps */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A declaration could not be written as JSON", e);
        }
    }

    /**
     * @param json a string an actor keeps in {@code declarations}
     * @return the declaration
     */
    public static Declaration parse(String json) {
        try {
            return JSON.readValue(json, Declaration.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A declaration kept on an actor is not readable: " + json, e);
        }
    }
}
