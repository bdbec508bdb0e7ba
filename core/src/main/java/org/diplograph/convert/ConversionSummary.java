package org.diplograph.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@link Conversion} read, made and left out.
 *
 * @param file      the file, as named in messages
 * @param format    the format ({@code icews}, {@code polecat}, {@code gdelt}, {@code phoenix}, {@code ftm})
 * @param unit      what {@code read} counts: {@code rows} (event data), {@code records} (dictionaries), {@code entities} (FtM)
 * @param read      how many units were read
 * @param used      how many of them became facts; {@code read = used +} the sum of {@code skipped}
 * @param factSets  how many FactSets were made
 * @param officials how many officials were declared (counted once per FactSet that declares them)
 * @param roles     how many roles (REPRESENTS facts of officials) were made
 * @param meetings  how many meetings were made (the same meeting of two stories counts twice: two FactSets)
 * @param skipped   units not used, by reason
 * @param ignored   parts of used units left out, by reason (a dictionary record's codes that are not roles)
 * @param defects   how many problems were reported with their line (bad rows, malformed dates, …)
 */
public record ConversionSummary(String file, String format, String unit, long read, long used, long factSets,
                                long officials, long roles, long meetings, Map<String, Long> skipped,
                                Map<String, Long> ignored, long defects) {

    /** Keeps unmodifiable copies, in the order given. */
    public ConversionSummary {
        skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
        ignored = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ignored));
    }

    /**
     * @param reason a reason
     * @return how many units were skipped for it
     */
    public long skipped(String reason) {
        return skipped.getOrDefault(reason, 0L);
    }

    /** @return how many units were skipped, for any reason */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * One line for people, like {@code events.tsv (icews): 24 rows read; 9 used: 5 meetings, 10 roles in 4 FactSets;
     * 15 skipped: 8 not a meeting, 3 telephone call, 4 not a named person.}
     *
     * @return the summary as a sentence
     */
    public String describe() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s (%s): %,d %s read; %,d used: ", file, format, read, unit, used));
        List<String> made = new ArrayList<>();
        if (meetings > 0 || "rows".equals(unit)) {
            made.add(String.format(Locale.ROOT, "%,d meetings", meetings));
        }
        made.add(String.format(Locale.ROOT, "%,d officials", officials));
        made.add(String.format(Locale.ROOT, "%,d roles", roles));
        s.append(String.join(", ", made)).append(String.format(Locale.ROOT, " in %,d FactSets", factSets));
        s.append(String.format(Locale.ROOT, "; %,d skipped", skippedTotal())).append(list(skipped));
        if (!ignored.isEmpty()) {
            s.append("; left out of used ").append(unit).append(list(ignored).replaceFirst("^: ", ": "));
        }
        if (defects > 0) {
            s.append(String.format(Locale.ROOT, "; %,d defects reported by line", defects));
        }
        return s.append('.').toString();
    }

    private static String list(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((reason, count) -> parts.add(String.format(Locale.ROOT, "%,d %s", count, reason)));
        return ": " + String.join(", ", parts);
    }
}
