package org.diplograph.convert.events;

import java.util.HashMap;
import java.util.Map;
import org.diplograph.convert.DataFiles;

/**
 * Which CAMEO event codes are meetings (040, 042–046), which a telephone call (041), from the data file
 * {@code cameo-consult.tsv}; and their descriptions.
 */
final class MeetingCodes {

    /** What an event code stands for here. */
    enum Kind { MEETING, PHONE, OTHER }

    private static final Map<String, String[]> CODES = load();

    private MeetingCodes() {
    }

    /**
     * @param code a CAMEO event code; {@code 42} (a leading zero lost, as spreadsheets do) reads as {@code 042}
     * @return what it stands for
     */
    static Kind kind(String code) {
        String[] row = CODES.get(normal(code));
        return row == null ? Kind.OTHER : "phone".equals(row[1]) ? Kind.PHONE : "meeting".equals(row[1]) ? Kind.MEETING : Kind.OTHER;
    }

    /**
     * @param code a CAMEO event code
     * @return its description (Make a visit), or the code itself when not listed
     */
    static String description(String code) {
        String[] row = CODES.get(normal(code));
        return row == null ? code : row[2];
    }

    /**
     * @param code a CAMEO event code as written
     * @return the code with its leading zero
     */
    static String normal(String code) {
        String c = code.length() == 3 ? code : code.strip();
        return c.length() == 2 && c.charAt(0) == '4' && Character.isDigit(c.charAt(1)) ? "0" + c : c;
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> codes = new HashMap<>();
        for (String[] row : DataFiles.rows(MeetingCodes.class, "cameo-consult.tsv")) {
            codes.put(row[0], row);
        }
        return codes;
    }
}
