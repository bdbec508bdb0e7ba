package org.diplograph.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a delimited file split into its fields: tab-separated (ICEWS, GDELT, POLECAT) or
 * comma-separated with double quotes ({@code "Tokyo, Tokyo, Japan"}, {@code ""} for a quote).
 */
public final class Fields {

    private Fields() {
    }

    /**
     * @param line      the line
     * @param delimiter the delimiter: tab or comma
     * @return the fields, in order; a field is never null (an empty one is {@code ""})
     */
    public static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>(64);
        if (delimiter == '\t' || line.indexOf('"') < 0) {
            int start = 0;
            for (int i = line.indexOf(delimiter); i >= 0; i = line.indexOf(delimiter, start)) {
                fields.add(line.substring(start, i));
                start = i + 1;
            }
            fields.add(line.substring(start));
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * How many fields a tab-separated line has, without splitting it (most rows of an event file are skipped by
     * their event code alone, so they are never split).
     *
     * @param line a line
     * @return the number of tab-separated fields
     */
    public static int countTabbed(String line) {
        int count = 1;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            count++;
        }
        return count;
    }

    /**
     * One field of a tab-separated line, without splitting the rest.
     *
     * @param line  a line
     * @param index the 0-based field
     * @return the field, or {@code ""} when the line has fewer fields
     */
    public static String tabbed(String line, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                return "";
            }
            start = tab + 1;
        }
        int end = line.indexOf('\t', start);
        return line.substring(start, end < 0 ? line.length() : end);
    }

    /**
     * The delimiter of a header line: tab when it has one, else comma.
     *
     * @param header the first line
     * @return tab or comma
     */
    public static char delimiterOf(String header) {
        return header.indexOf('\t') >= 0 ? '\t' : ',';
    }

    /**
     * A field's text fit for a FactSet: control characters and broken surrogate pairs become spaces, and
     * white space at either end goes.
     *
     * @param text a field
     * @return the cleaned text
     */
    public static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = Character.isISOControl(c)
                    || Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? ' ' : c);
            }
        }
        return (out == null ? text : out.toString()).strip();
    }
}
