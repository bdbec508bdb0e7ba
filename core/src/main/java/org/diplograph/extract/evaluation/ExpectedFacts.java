package org.diplograph.extract.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.InvalidInputException;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.PartialDate;

/**
 * What an article states, as a person reading it would write it down: the {@code .expected} file
 * beside an article {@code .txt}. One fact per line; {@code #} starts a comment; ids follow the
 * extractor's conventions (docs/factset-format.md):
 * <pre>
 * published 2023-02-02                       the publication date, when the text has no first line "date YYYY-MM-DD …"
 * genre transcript                           the sort of text (readout, transcript, news-story, …)
 * official USA/lloyd-austin                  every official the article names
 * represents USA/lloyd-austin USA/department-of-defense
 * meeting 2023-02-02 USA/lloyd-austin PHL/carlito-galvez      one line per meeting, all its participants
 * meeting ~2023-02-02 …                      ~: the reader infers the date (a same-day readout stating none)
 * meeting 2014-01 …                          a date at its precision: YYYY-MM-DD, YYYY-MM or YYYY
 * meeting - …                                no date can be known
 * partnership JPN USA alliance               the pair in any order (once), then the kind as stated
 * membership ROU NATO
 * trap non-member membership UKR NATO        a fact that must not appear, with its kind (see TrapKind)
 * trap third-party-partners partnership ARM GEO *     * matches any kind (or, in a meeting, any date)
 * </pre>
 * Every meeting participant and role holder must be listed as an {@code official}; a trap may not
 * repeat an expected fact; no line may appear twice.
 *
 * @param origin       where the facts were read from (for messages)
 * @param published    the publication date the scorer gives the extractor, or {@code null} to let it
 *                     read the article's first line
 * @param genre        the sort of text, or {@code null}
 * @param facts        the expected facts, in file order
 * @param traps        the facts that must not appear
 */
public record ExpectedFacts(String origin, LocalDate published, String genre, List<Fact> facts, List<Trap> traps) {

    /** Copies the lists. */
    public ExpectedFacts {
        facts = List.copyOf(facts);
        traps = List.copyOf(traps);
    }

    /**
     * @param kind a kind of fact
     * @return the expected facts of that kind, in file order
     */
    public List<Fact> facts(FactKind kind) {
        return facts.stream().filter(f -> f.factKind() == kind).toList();
    }

    /**
     * Reads an expected file (UTF-8).
     *
     * @param file the file
     * @return its facts
     * @throws InvalidInputException when it cannot be read or a line is malformed; the message names
     *     the file and the line
     */
    public static ExpectedFacts read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, "The expected file cannot be read (" + e + ").", e);
        }
        return parse(text, file.toString());
    }

    /**
     * Reads the text of an expected file.
     *
     * @param text   the lines
     * @param origin the file name, for messages
     * @return its facts
     * @throws InvalidInputException when a line is malformed; the message names the origin and the line
     */
    public static ExpectedFacts parse(String text, String origin) {
        LocalDate published = null;
        String genre = null;
        List<Fact> facts = new ArrayList<>();
        List<Trap> traps = new ArrayList<>();
        Set<ActorId> officials = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<Integer> factLines = new ArrayList<>();
        List<Integer> trapLines = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                String[] words = line.split("\\s+");
                switch (words[0]) {
                    case "published" -> {
                        need(words.length == 2 && published == null, "Write the publication date once: published YYYY-MM-DD.");
                        published = day(words[1]);
                    }
                    case "genre" -> {
                        need(words.length == 2 && genre == null && words[1].matches("[a-z][a-z-]*"),
                                "Write the genre once, as one lower-case word: genre readout.");
                        genre = words[1];
                    }
                    case "trap" -> {
                        need(words.length >= 3, "A trap names its kind and a fact: trap non-member membership UKR NATO.");
                        Trap trap = new Trap(TrapKind.fromWord(words[1]), fact(Arrays.copyOfRange(words, 2, words.length), true));
                        need(seen.add(trap.line()), "This trap is already stated.");
                        traps.add(trap);
                        trapLines.add(n + 1);
                    }
                    default -> {
                        Fact fact = fact(words, false);
                        String key = key(fact);
                        need(seen.add(key), fact instanceof Fact.Partnership
                                ? "This pair is already stated; a pair is one partnership, of one kind." : "This fact is already stated.");
                        if (fact instanceof Fact.Official o) {
                            officials.add(o.id());
                        }
                        facts.add(fact);
                        factLines.add(n + 1);
                    }
                }
            } catch (InvalidInputException e) {
                throw new InvalidInputException(origin, n + 1, null, e.problem(), e);
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            checkOfficials(facts.get(i), officials, origin, factLines.get(i));
        }
        Set<String> stated = new HashSet<>();
        facts.forEach(f -> stated.add(key(f)));
        for (int i = 0; i < traps.size(); i++) {
            Fact f = traps.get(i).fact();
            boolean clash = f instanceof Fact.Meeting m && m.date().equals(Fact.ANY)
                    ? facts.stream().anyMatch(e -> e instanceof Fact.Meeting x && x.participants().equals(m.participants()))
                    : stated.contains(key(f));
            if (clash) {
                throw new InvalidInputException(origin, trapLines.get(i), null,
                        "A trap may not be an expected fact as well: " + f.line() + ".", null);
            }
        }
        return new ExpectedFacts(origin, published, genre, facts, traps);
    }

    /** What makes two facts the same: a meeting's people and date, a partnership's pair, anything else its line. */
    private static String key(Fact fact) {
        if (fact instanceof Fact.Meeting m) {
            return "meeting " + m.date() + " " + m.participants();
        }
        return fact instanceof Fact.Partnership p ? "partnership " + p.pair() : fact.line();
    }

    private static void checkOfficials(Fact fact, Set<ActorId> officials, String origin, int line) {
        List<ActorId> people = List.of();
        if (fact instanceof Fact.Meeting m) {
            people = m.participants();
        } else if (fact instanceof Fact.Role r) {
            people = List.of(r.holder());
        }
        for (ActorId id : people) {
            if (!officials.contains(id)) {
                throw new InvalidInputException(origin, line, null,
                        "\"" + id + "\" is not listed as an official; add a line: official " + id + ".", null);
            }
        }
    }

    private static Fact fact(String[] w, boolean trap) {
        switch (w[0]) {
            case "official" -> {
                need(w.length == 2, "Write: official <id>.");
                return new Fact.Official(official(w[1]));
            }
            case "represents" -> {
                need(w.length == 3, "Write: represents <official id> <body id>.");
                return new Fact.Role(official(w[1]), ActorId.of(w[2]));
            }
            case "meeting" -> {
                need(w.length >= 4, "Write: meeting <date or -> <id> <id> [<id> …].");
                boolean inferred = w[1].startsWith("~");
                String date = inferred ? w[1].substring(1) : w[1];
                if (!(date.equals(Fact.NO_DATE) || trap && date.equals(Fact.ANY))) {
                    date = PartialDate.parse(date).toString();
                }
                need(!inferred || !date.equals(Fact.NO_DATE), "Only a date can be inferred (~YYYY-MM-DD).");
                List<ActorId> ids = new ArrayList<>();
                for (int i = 2; i < w.length; i++) {
                    ids.add(official(w[i]));
                }
                need(ids.stream().distinct().count() == ids.size(), "A meeting names each participant once.");
                return new Fact.Meeting(ids, date, inferred);
            }
            case "partnership" -> {
                need(w.length >= 4, "Write: partnership <id> <id> <kind>.");
                need(!w[1].contains("/") && !w[2].contains("/"), "Partners are countries or alliances (AZE, NATO).");
                String kind = String.join(" ", Arrays.copyOfRange(w, 3, w.length));
                need(trap || !kind.equals(Fact.ANY), "Only a trap may leave the kind open (*).");
                return new Fact.Partnership(List.of(ActorId.of(w[1]), ActorId.of(w[2])), kind);
            }
            case "membership" -> {
                need(w.length == 3, "Write: membership <country> <alliance>.");
                need(ActorKind.COUNTRY.accepts(w[1]) && ActorKind.ALLIANCE.accepts(w[2]),
                        "A membership names a country code and an alliance code: membership ROU NATO.");
                return new Fact.Membership(ActorId.of(w[1]), ActorId.of(w[2]));
            }
            default -> throw new InvalidInputException("\"" + w[0] + "\" starts no known line; use published, genre, official, "
                    + "represents, meeting, partnership, membership or trap.");
        }
    }

    private static ActorId official(String id) {
        ActorId official = ActorId.of(id);
        need(official.scope().isPresent(), "\"" + id + "\" is not an official's id (<scope>/<slug>).");
        return official;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("\"" + text + "\" is not a day; write YYYY-MM-DD.");
        }
    }

    private static void need(boolean condition, String problem) {
        if (!condition) {
            throw new InvalidInputException(problem);
        }
    }
}
