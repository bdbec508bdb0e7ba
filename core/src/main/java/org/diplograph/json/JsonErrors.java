package org.diplograph.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.diplograph.InvalidInputException;

/** Turns Jackson's exceptions into {@link InvalidInputException}s that name the place in plain words. */
final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * @param e          Jackson's exception
     * @param origin     the file, or {@code null}
     * @param lineOffset added to Jackson's line (for a line of a JSON Lines file: its line number minus one)
     */
    static InvalidInputException describe(JsonProcessingException e, String origin, int lineOffset) {
        JsonLocation location = e.getLocation();
        Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr() + lineOffset;
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : null;
        return new InvalidInputException(origin, line, path, problem(e), e);
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return "\"" + u.getPropertyName() + "\" is not a field of the FactSet format here"
                    + (known == null || known.isEmpty() ? "." : "; the fields are "
                    + known.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ".");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "Wrong type: expected " + describe(m.getTargetType()) + ".";
        }
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            JsonProcessingException limit = e instanceof StreamConstraintsException ? e : (JsonProcessingException) e.getCause();
            return "The document is too large or too deeply nested to be a FactSet (" + firstLine(limit.getOriginalMessage()) + ").";
        }
        if (e instanceof JsonEOFException) {
            return "The JSON ends too early: is the file truncated?";
        }
        if (e instanceof DatabindException) {
            return firstLine(e.getOriginalMessage());
        }
        return "Not valid JSON: " + firstLine(e.getOriginalMessage());
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    static String path(List<JsonMappingException.Reference> references) {
        if (references == null || references.isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input.";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
