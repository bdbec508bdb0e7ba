package org.diplograph.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionSummary;
import org.diplograph.convert.events.GdeltEvents;
import org.diplograph.convert.events.IcewsEvents;

/**
 * Converter throughput: generated event files of realistic shape (a year of ICEWS, a day of GDELT 1.0) through
 * {@code IcewsEvents} and {@code GdeltEvents} on one thread, with rows/s and the live heap (what stays after a
 * collection), at two sizes so that a flat heap shows.
 *
 * <p>The rows are generated, seeded: ICEWS's 20 columns with a year's dates in order, stories of 1–6 rows, about 12 %
 * CONSULT-family codes (a tenth of them telephone calls), named people on about half of the sides (the rest generic
 * actors like {@code Government (India)}), sectors naming ministries; GDELT 1.0's 58 columns with country and sector
 * actors on most sides and people on a few, as GDELT codes them.
 */
final class ConversionBench {

    private static final String[] COUNTRIES = {"Russian Federation", "China", "United States", "India", "Azerbaijan", "Turkey",
        "Germany", "France", "United Kingdom", "Japan", "Brazil", "South Africa", "Iran", "Pakistan", "Egypt", "Nigeria",
        "Indonesia", "Mexico", "Ukraine", "Kazakhstan", "Georgia", "Armenia", "Israel", "Saudi Arabia", "Syria", "Iraq",
        "Afghanistan", "South Korea", "North Korea", "Viet Nam", "Thailand", "Philippines", "Australia", "Canada", "Italy",
        "Spain", "Poland", "Belarus", "Serbia", "Greece"};
    private static final String[] CAMEO = {"RUS", "CHN", "USA", "IND", "AZE", "TUR", "DEU", "FRA", "GBR", "JPN", "BRA", "ZAF", "IRN",
        "PAK", "EGY", "NGA", "IDN", "MEX", "UKR", "KAZ", "GEO", "ARM", "ISR", "SAU", "SYR", "IRQ", "AFG", "KOR", "PRK", "VNM", "THA",
        "PHL", "AUS", "CAN", "ITA", "ESP", "POL", "BLR", "SRB", "GRC"};
    private static final String[] SECTORS = {"Executive,Foreign Ministry,Government", "Defense / Security Ministry,Government",
        "Executive,Government", "Legislative / Parliamentary,Government", "Cabinet,Executive,Government,Health Ministry",
        "Finance / Economy / Commerce / Trade Ministry,Government", ""};
    private static final String[] GENERIC = {"Government", "Citizen", "Police", "Military", "Foreign Affairs", "Media", "Protester"};
    private static final String[] OTHER_CODES = {"010", "020", "036", "051", "057", "111", "112", "173", "190", "193", "031", "061"};
    private static final String[] CONSULT = {"040", "040", "041", "042", "042", "043", "043", "044", "045", "046"};
    private static final String[] SYLLABLES = {"ka", "ser", "gey", "la", "vrov", "an", "dre", "yev", "mi", "ra", "to", "shi", "ne",
        "lo", "vic", "tor", "el", "na", "di", "mar", "ko", "sta", "ha", "san", "be", "rin", "go", "li", "chen", "wang"};

    private ConversionBench() {
    }

    /** One measured conversion. */
    private record Row(String input, ConversionSummary summary, long factSets, double seconds, double cpuSeconds, long peakLive) {
    }

    static void run(PrintStream out, Path work, long icewsRows, long gdeltRows) throws IOException {
        Files.createDirectories(work);
        List<Row> rows = new ArrayList<>();
        List<Path> icews = new ArrayList<>();
        List<Path> gdelt = new ArrayList<>();
        for (long n : new long[] {icewsRows / 4, icewsRows}) {
            icews.add(work.resolve("icews-" + n + ".tab"));
            if (!Files.exists(icews.get(icews.size() - 1))) {
                writeIcews(icews.get(icews.size() - 1), n, new Random(42));
            }
        }
        for (long n : new long[] {gdeltRows / 4, gdeltRows}) {
            gdelt.add(work.resolve("gdelt1-" + n + ".export.CSV"));
            if (!Files.exists(gdelt.get(gdelt.size() - 1))) {
                writeGdelt1(gdelt.get(gdelt.size() - 1), n, new Random(42));
            }
        }
        // warm-up: the JIT compiles the converters before anything is measured
        measure("warm-up", icews.get(0), IcewsEvents::open);
        measure("warm-up", gdelt.get(0), GdeltEvents::open);
        for (Path file : icews) {
            rows.add(measure("ICEWS, " + file.getFileName(), file, IcewsEvents::open));
        }
        for (Path file : gdelt) {
            rows.add(measure("GDELT 1.0, " + file.getFileName(), file, GdeltEvents::open));
        }
        out.println("## Converting peers' event data (one thread)\n");
        out.println("| input | rows | rows/s (wall) | rows/s per CPU-second of the converting thread | meetings | FactSets | skipped | peak live heap MiB |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %,d | %,.0f | %,.0f | %,d | %,d | %,d | %.0f |%n", r.input(), r.summary().read(), r.summary().read() / r.seconds(),
                    r.summary().read() / r.cpuSeconds(), r.summary().meetings(), r.factSets(), r.summary().skippedTotal(),
                    r.peakLive() / 1048576.0);
        }
        out.println();
    }

    private static Row measure(String input, Path file, Function<Path, Conversion> open) {
        System.gc();
        long factSets = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        try (HeapMonitor heap = new HeapMonitor(); Conversion conversion = open.apply(file)) {
            while (conversion.hasNext()) {
                conversion.next();
                factSets++;
            }
            double seconds = Bench.seconds(started);
            // the converting thread's CPU time: on a shared machine the wall clock counts other people's work
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            return new Row(input, conversion.summary(), factSets, seconds, cpuSeconds, heap.peakLive());
        }
    }

    private static String person(Random random) {
        return name(random) + " " + name(random);
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int i = 0; i < parts; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String code(Random random) {
        return random.nextInt(100) < 12 ? CONSULT[random.nextInt(CONSULT.length)] : OTHER_CODES[random.nextInt(OTHER_CODES.length)];
    }

    static void writeIcews(Path file, long rows, Random random) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            people.add(person(random));
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\t"
                    + "Target Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n");
            LocalDate start = LocalDate.of(2014, 1, 1);
            long story = 30_000_000;
            int left = 0;
            for (long i = 0; i < rows; i++) {
                if (left == 0) {
                    story++;
                    left = 1 + random.nextInt(6);
                }
                left--;
                LocalDate day = start.plusDays(i * 365 / rows);
                int c1 = random.nextInt(COUNTRIES.length);
                int c2 = random.nextInt(COUNTRIES.length);
                String code = code(random);
                w.write(i + "\t" + day + "\t" + side(random, people, c1) + "\t" + "Event " + code + "\t" + code + "\t" + (random.nextInt(20) - 10) / 2.0
                        + "\t" + side(random, people, c2) + "\t" + story + "\t" + (1 + random.nextInt(9)) + "\tPublisher " + random.nextInt(300)
                        + "\tCity " + random.nextInt(500) + "\t\tProvince " + random.nextInt(50) + "\t" + COUNTRIES[c1] + "\t"
                        + random.nextInt(90) + ".5\t" + random.nextInt(180) + ".25\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Name, sectors and country of one side: a named person half of the time, else a generic actor of the country. */
    private static String side(Random random, List<String> people, int country) {
        String countryName = COUNTRIES[country];
        if (random.nextBoolean()) {
            return people.get(random.nextInt(people.size())) + "\t" + SECTORS[random.nextInt(SECTORS.length)] + "\t" + countryName;
        }
        return GENERIC[random.nextInt(GENERIC.length)] + " (" + countryName.split(" ")[0] + ")\tGovernment\t" + countryName;
    }

    static void writeGdelt1(Path file, long rows, Random random) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            people.add(person(random).toUpperCase(Locale.ROOT));
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long story = 0;
            int left = 0;
            for (long i = 0; i < rows; i++) {
                if (left == 0) {
                    story++;
                    left = 1 + random.nextInt(8);
                }
                left--;
                String[] f = new String[58];
                java.util.Arrays.fill(f, "");
                String code = code(random);
                f[0] = String.valueOf(300_000_000 + i);
                f[1] = "201406" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(28));
                f[2] = "201406";
                f[3] = "2014";
                f[4] = "2014.4";
                actor(random, people, f, 5);
                actor(random, people, f, 15);
                f[25] = "1";
                f[26] = code;
                f[27] = code;
                f[28] = code.substring(0, 2);
                f[29] = "1";
                f[30] = "1.9";
                f[31] = "3";
                f[32] = "1";
                f[33] = "3";
                f[34] = "-2.1";
                f[49] = "4";
                f[50] = "City " + random.nextInt(900) + ", Region, Country";
                f[56] = "20140630";
                f[57] = "http://news-" + random.nextInt(2000) + ".example.com/story/" + story;
                w.write(String.join("\t", f));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Code, name, country and type of one GDELT side: mostly a country or a sector, a person a tenth of the time. */
    private static void actor(Random random, List<String> people, String[] f, int at) {
        int country = random.nextInt(CAMEO.length);
        int kind = random.nextInt(10);
        String cameo = CAMEO[country];
        if (kind == 0) {
            f[at] = cameo + "GOV";
            f[at + 1] = people.get(random.nextInt(people.size()));
            f[at + 7] = "GOV";
        } else if (kind < 6) {
            f[at] = cameo;
            f[at + 1] = COUNTRIES[country].toUpperCase(Locale.ROOT);
        } else {
            f[at] = cameo + "GOV";
            f[at + 1] = random.nextBoolean() ? "PRESIDENT" : "GOVERNMENT";
            f[at + 7] = "GOV";
        }
        f[at + 2] = cameo;
    }
}
