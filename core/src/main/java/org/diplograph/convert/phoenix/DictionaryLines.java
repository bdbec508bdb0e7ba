package org.diplograph.convert.phoenix;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.convert.ConversionCounts;
import org.diplograph.convert.LineReader;

/**
 * The records of a PETRARCH/Phoenix actor dictionary, one at a time: a primary phrase ({@code SERGEY_LAVROV_}),
 * its synonym lines ({@code +SERGEI_LAVROV}) and its code lines ({@code [RUSGOV >20040309] # Foreign Minister}),
 * codes also on the primary line ({@code JAVIER_SOLANA_ [IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]}).
 *
 * <p>Defects are reported with their line and read around: a name line missing its {@code +} (a line with
 * no code right after a record that has none yet) is read as a synonym; a record that ends without any
 * code is reported. Blank and comment lines end a record's run of names.
 */
final class DictionaryLines {

    /** A defect: a name line that should have been a synonym. */
    static final String MISSING_PLUS = "name line missing its +";

    /**
     * One code as written.
     *
     * @param line    its line
     * @param text    what is between the brackets, like {@code RUSGOV >20040309}
     * @param comment the line's comment when this is the line's only code, else {@code null}
     * @param written the whole line as written, for evidence
     */
    record Code(long line, String text, String comment, String written) {
    }

    /**
     * One record.
     *
     * @param line     the line of its primary phrase
     * @param phrase   the primary phrase, like {@code SERGEY_LAVROV_}
     * @param synonyms the synonym phrases, without their {@code +}
     * @param codes    its codes, in order
     */
    record Entry(long line, String phrase, List<String> synonyms, List<Code> codes) {
    }

    private final LineReader lines;
    private final ConversionCounts counts;
    private Entry current;
    private boolean adjacent;
    private boolean ended;

    DictionaryLines(LineReader lines, ConversionCounts counts) {
        this.lines = lines;
        this.counts = counts;
    }

    /** @return the next record, or {@code null} at the end */
    Entry next() {
        while (!ended) {
            String raw = lines.next();
            if (raw == null) {
                ended = true;
                return close();
            }
            int hash = raw.indexOf('#');
            String content = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            String comment = hash < 0 ? null : comment(raw.substring(hash + 1));
            if (content.isEmpty()) {
                adjacent = false;
                continue;
            }
            long line = lines.line();
            if (content.startsWith("+")) {
                if (current == null) {
                    counts.defect(line, "A synonym line comes before any record; it is left out.");
                } else {
                    current.synonyms().add(content.substring(1).strip());
                    adjacent = true;
                }
                continue;
            }
            int bracket = content.indexOf('[');
            if (bracket == 0) {
                if (current == null) {
                    counts.defect(line, "A code line comes before any record; it is left out.");
                } else {
                    codes(line, content, comment, raw, current.codes());
                    adjacent = true;
                }
                continue;
            }
            String phrase = (bracket < 0 ? content : content.substring(0, bracket)).strip();
            if (bracket < 0 && current != null && current.codes().isEmpty() && adjacent) {
                counts.defect(line, "\"" + phrase + "\" has no + before it, yet follows the names of \"" + current.phrase()
                        + "\" (line " + current.line() + ") before its codes; it is read as one of its synonyms.");
                current.synonyms().add(phrase);
                continue;
            }
            Entry done = close();
            current = new Entry(line, phrase, new ArrayList<>(), new ArrayList<>());
            adjacent = true;
            if (bracket > 0) {
                codes(line, content.substring(bracket), comment, raw, current.codes());
            }
            if (done != null) {
                return done;
            }
        }
        return null;
    }

    private Entry close() {
        Entry done = current;
        current = null;
        if (done != null && done.codes().isEmpty()) {
            counts.defect(done.line(), "The record \"" + done.phrase() + "\" has no code; it is left out.");
        }
        return done;
    }

    private static void codes(long line, String content, String comment, String raw, List<Code> into) {
        List<String> found = new ArrayList<>();
        for (int open = content.indexOf('['); open >= 0; open = content.indexOf('[', open + 1)) {
            int close = content.indexOf(']', open);
            if (close < 0) {
                found.add(content.substring(open + 1));
                break;
            }
            found.add(content.substring(open + 1, close));
        }
        for (String text : found) {
            into.add(new Code(line, text.strip(), found.size() == 1 ? comment : null, raw.strip()));
        }
    }

    /** The first part of a comment ({@code president of the CoEU from GREECE} of {@code … from GREECE# IGOrulers.txt}). */
    private static String comment(String text) {
        int next = text.indexOf('#');
        String first = (next < 0 ? text : text.substring(0, next)).strip();
        return first.isEmpty() ? null : first;
    }
}
