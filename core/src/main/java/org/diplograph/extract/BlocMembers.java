package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who belonged to a bloc when, for the blocs whose every member the bundled table {@code bloc-members.tsv} lists (NATO,
 * the EU, the CSTO, the SCO, BRICS, ASEAN, the GCC, the EAEU, AUKUS). A membership the text states of a state that was
 * not a member on the article's day contradicts the record ("Ukraine, a NATO member" in 2023, "the UK's membership of the
 * European Union" in 2022, a guest at a summit called a member): the extractor does not state it. Blocs the table does
 * not list are taken as the text says.
 */
final class BlocMembers {

    private static final String TABLE = "bloc-members.tsv";

    /** A membership's days: from {@code from} to {@code to} (null while it lasts), both included. */
    private record Period(LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** Bloc code → member code → its periods. */
    private final Map<String, Map<String, List<Period>>> blocs = new HashMap<>();

    private static final class BuiltIn {
        static final BlocMembers TABLE = load();
    }

    static BlocMembers builtIn() {
        return BuiltIn.TABLE;
    }

    /**
     * Whether the record says {@code member} did not belong to {@code bloc} on {@code day}: false when the table does not
     * list the bloc or no day is known.
     */
    boolean contradicts(String member, String bloc, LocalDate day) {
        Map<String, List<Period>> members = blocs.get(bloc);
        if (members == null || day == null) {
            return false;
        }
        return members.getOrDefault(member, List.of()).stream().noneMatch(p -> p.covers(day));
    }

    private static BlocMembers load() {
        BlocMembers table = new BlocMembers();
        try (InputStream in = BlocMembers.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("The built-in table " + TABLE + " is missing from the classpath.");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(TABLE + " line " + number + ": expected 4 tab-separated cells, found " + cells.length);
                }
                Period period = new Period(LocalDate.parse(cells[2]), cells[3].isEmpty() ? null : LocalDate.parse(cells[3]));
                table.blocs.computeIfAbsent(cells[0], b -> new HashMap<>()).computeIfAbsent(cells[1], m -> new ArrayList<>()).add(period);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in table " + TABLE + " cannot be read", e);
        }
        return table;
    }
}
