package org.diplograph.export;

/** Escaping for the formats we write; every value from the graph goes through one of these. */
final class Markup {

    private Markup() {
    }

    /** Text for XML and HTML content and attribute values. */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // XML 1.0 forbids most control characters, even escaped.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A DOT double-quoted string's content. */
    static String dot(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "");
    }

    /**
     * JSON embedded in an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} become JSON's own
     * escapes ({@code \u003c} …), so no {@code </script>} or {@code <!--} can end or bend the element, and the
     * line separators U+2028 and U+2029 are escaped too; the text is still JSON that {@code JSON.parse} reads
     * back to the very same values (those characters occur only inside JSON strings).
     */
    static String scriptJson(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
