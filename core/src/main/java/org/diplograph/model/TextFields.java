package org.diplograph.model;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.InvalidInputException;

/** Checks shared by the model's records on the text they hold. */
final class TextFields {

    /** Names, titles, places: longer ones are refused as hostile or broken input. */
    static final int MAX_NAME = 500;
    /** Evidence sentences and titles of sources. */
    static final int MAX_TEXT = 20_000;

    private TextFields() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("\"" + field + "\" must not be empty.");
        }
        return checked(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(field, value, max);
    }

    private static String checked(String field, String value, int max) {
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException("\"" + field + "\" is " + trimmed.length()
                    + " characters long; at most " + max + " are accepted.");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
                throw new InvalidInputException("\"" + field + "\" contains the control character U+"
                        + String.format("%04X", (int) c) + ".");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < trimmed.length()
                    && Character.isLowSurrogate(trimmed.charAt(++i)))) {
                throw new InvalidInputException("\"" + field + "\" contains a broken UTF-16 surrogate pair.");
            }
        }
        return trimmed;
    }

    /** Aliases: checked, without the name itself, without repeats. */
    static List<String> aliases(String name, List<String> aliases) {
        if (aliases == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String alias : aliases) {
            String value = optional("aliases", alias, MAX_NAME);
            if (value != null && !value.equals(name) && !checked.contains(value)) {
                checked.add(value);
            }
        }
        return List.copyOf(checked);
    }
}
