package org.diplograph.convert.phoenix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Body;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionCounts;
import org.diplograph.convert.ConversionSummary;
import org.diplograph.convert.FactSetBuilder;
import org.diplograph.convert.LineReader;
import org.diplograph.convert.Offices;
import org.diplograph.model.ActorId;
import org.diplograph.model.FactSet;
import org.diplograph.model.Official;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Provenance;
import org.diplograph.model.Source;
import org.diplograph.names.NameKeys;

/**
 * A PETRARCH/Phoenix actor dictionary ({@code Phoenix.Countries.actors.txt}, {@code Phoenix.International.actors.txt})
 * read as officials with dated roles: as FactSets for the graph ({@link #open}), or whole, as a gazetteer for the
 * extractor ({@link #load}, then {@code Extractor.withDictionary}).
 * <pre>{@code
 * PhoenixDictionary dictionary = PhoenixDictionary.load(Path.of("Phoenix.Countries.actors.txt"));
 * Extractor extractor = Extractor.withBuiltInGazetteer().withDictionary(dictionary);
 * }</pre>
 *
 * <h2>How a record is read</h2>
 * <ul>
 *   <li>Every record with at least one dated code ({@code [RUSGOV >20040309]}) is a person and becomes an
 *       official; records without one (countries, organisations, people without dates) are skipped.</li>
 *   <li>His id is {@code <country>/<slug of his name>}: the country of his first code that names one (else the
 *       organisation of his first IGO code, like {@code NATO}); his name is the primary phrase, or the first synonym
 *       when the primary phrase holds a title ({@code SECRETARY-GENERAL_BAN_KI-MOON} → Ban Ki-Moon); the other
 *       synonyms that are names become aliases.</li>
 *   <li>Each dated code becomes a role: the body is the country ({@code RUSGOV}), or that country's ministry of
 *       the kind the sector suffix names ({@code GOVMIL} defence, {@code GOVBUS} finance, …; {@code RUSMIL} the armed
 *       forces), or the organisation of an IGO code ({@code IGOWSTNAT} NATO, {@code IGOEUREEC} the EU); the mappings
 *       are data ({@code offices.tsv}, {@code igo-codes.tsv}). {@code ELI} (out of office), {@code OPP} and the like
 *       are not roles; nor are undated (default) codes.</li>
 *   <li>Dates: {@code YYMMDD-YYMMDD} with the start inclusive and the end exclusive (so the role's last day is the
 *       day before), {@code >YYMMDD} (from), {@code <YYMMDD} (until); YY up to 30 is 20YY, else 19YY; eight digits are
 *       YYYYMMDD.</li>
 *   <li>The title is the code line's comment where it reads as one ({@code # Foreign Minister}), else, for a person
 *       with one role, the most a synonym adds to his name ({@code +FOREIGN_MINISTER_SERGEY_V._LAVROV}), else what the
 *       code says ({@code Government}, {@code Military}; the organisation, {@code NATO}). So the dictionary's roles
 *       never share a key (holder, body, title) with the untitled roles events give a person on one day, whose end
 *       would otherwise close a role the dictionary leaves open.</li>
 *   <li>Several terms of one office (same body and title) are one role from the first start to the last end (open when
 *       any is): the graph keeps one edge per holder, body and title.</li>
 * </ul>
 * Defects (malformed dates and codes, records without codes, name lines missing their {@code +}) are reported to
 * the problem listener with their line and read around; the summary counts them.
 *
 * <p>The FactSets: one per person, all naming one source, {@code phoenix:<slug of the file name>}; a role's
 * evidence is its code line as written and its rule {@code phoenix:<code>}.
 */
public final class PhoenixDictionary {

    /** The format's name, as {@code --from} takes it. */
    public static final String FORMAT = "phoenix";

    /**
     * A person of the dictionary.
     *
     * @param line    the line of the record's primary phrase
     * @param id      his official id
     * @param name    his display name
     * @param aliases other spellings
     * @param roles   his dated roles
     */
    public record Person(long line, ActorId id, String name, List<String> aliases, List<Role> roles) {

        /** Keeps unmodifiable copies. */
        public Person {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
        }
    }

    /**
     * A dated role.
     *
     * @param line    the line of its code
     * @param body    the country, ministry or organisation
     * @param title   the title, or {@code null}
     * @param from    the first day, or {@code null} (open)
     * @param to      the last day, or {@code null} (open)
     * @param written the code's line as written
     * @param code    the code, like {@code RUSGOV}
     * @param titled  whether the dictionary writes the title (a comment or synonym), rather than it being the code's label
     */
    public record Role(long line, Body body, String title, PartialDate from, PartialDate to, String written, String code,
                       boolean titled) {
    }

    private final List<Person> people;
    private final ConversionSummary summary;

    private PhoenixDictionary(List<Person> people, ConversionSummary summary) {
        this.people = List.copyOf(people);
        this.summary = summary;
    }

    /**
     * Reads a whole dictionary (for the extractor); defects are logged.
     *
     * @param file the dictionary ({@code .txt}, or {@code .gz})
     * @return its people
     * @throws InvalidInputException when the file is missing or is no Phoenix dictionary
     */
    public static PhoenixDictionary load(Path file) {
        return load(file, null);
    }

    /**
     * Reads a whole dictionary (for the extractor).
     *
     * @param file     the dictionary
     * @param problems told of every defect, with its line
     * @return its people
     * @throws InvalidInputException when the file is missing or is no Phoenix dictionary
     */
    public static PhoenixDictionary load(Path file, Consumer<InvalidInputException> problems) {
        try (Reading reading = new Reading(file, problems)) {
            List<Person> people = new ArrayList<>();
            for (Optional<Person> p = reading.nextPerson(); p != null; p = reading.nextPerson()) {
                p.ifPresent(people::add);
            }
            return new PhoenixDictionary(people, reading.counts.summary());
        }
    }

    /**
     * Opens a dictionary as FactSets, one per person, read as the writer asks for them; defects are logged.
     *
     * @param file the dictionary
     * @return the conversion; close it
     * @throws InvalidInputException when the file is missing or is no Phoenix dictionary
     */
    public static Conversion open(Path file) {
        return open(file, null);
    }

    /**
     * Opens a dictionary as FactSets, one per person.
     *
     * @param file     the dictionary
     * @param problems told of every defect, with its line
     * @return the conversion; close it
     * @throws InvalidInputException when the file is missing or is no Phoenix dictionary
     */
    public static Conversion open(Path file, Consumer<InvalidInputException> problems) {
        return new Reading(file, problems);
    }

    /** @return the people, in the order of the file */
    public List<Person> people() {
        return people;
    }

    /** @return what was read and skipped */
    public ConversionSummary summary() {
        return summary;
    }

    /** The file read record by record. */
    private static final class Reading implements Conversion {
        private final LineReader lines;
        private final ConversionCounts counts;
        private final DictionaryLines records;
        private final DictionaryPeople reader;
        private final Source source;
        private FactSet next;
        private boolean ended;

        Reading(Path file, Consumer<InvalidInputException> problems) {
            this.lines = LineReader.open(file);
            this.counts = new ConversionCounts(file.toString(), FORMAT, "records", problems);
            this.records = new DictionaryLines(lines, counts);
            this.reader = new DictionaryPeople(Offices.builtIn(), counts);
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            String base = name.replaceFirst("(?i)\\.gz$", "").replaceFirst("(?i)\\.txt$", "");
            String slug = NameKeys.slug(base);
            this.source = new Source("phoenix:" + (slug.isEmpty() ? "dictionary" : slug), name, "PETRARCH/Phoenix actor dictionary", null, null);
            checkFormat(file, name);
        }

        private void checkFormat(Path file, String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".csv") || lower.endsWith(".tsv")
                    || lower.endsWith(".zip")) {
                lines.close();
                throw new InvalidInputException(file.toString(), null, null, "This is not a Phoenix actor dictionary (a text file "
                        + "of records like SERGEY_LAVROV_ with [RUSGOV >20040309] codes) but, by its name, another format. "
                        + "Choose it with --from (icews, polecat, gdelt, phoenix or ftm).", null);
            }
        }

        /** @return the next record as a person, empty when it is skipped, or {@code null} at the end */
        Optional<Person> nextPerson() {
            DictionaryLines.Entry entry = records.next();
            if (entry == null) {
                if (counts.summary().read() == 0) {
                    throw new InvalidInputException(counts.file(), null, null, "This is not a Phoenix actor dictionary: "
                            + "it holds no record (a line like SERGEY_LAVROV_ followed by codes like [RUSGOV >20040309]).", null);
                }
                return null;
            }
            counts.read();
            return reader.read(entry);
        }

        @Override
        public boolean hasNext() {
            while (next == null && !ended) {
                Optional<Person> person = nextPerson();
                if (person == null) {
                    ended = true;
                } else if (person.isPresent()) {
                    next = counts.made(facts(person.get()));
                }
            }
            return next != null;
        }

        @Override
        public FactSet next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            FactSet facts = next;
            next = null;
            return facts;
        }

        private FactSet facts(Person person) {
            FactSetBuilder facts = new FactSetBuilder(source);
            facts.declare(new Official(person.id(), person.name(), person.aliases(), null));
            for (Role role : person.roles()) {
                facts.role(person.id(), role.body(), role.title(), role.from(), role.to(),
                        new Provenance(role.written(), FORMAT + ":" + role.code(), null));
            }
            return facts.build();
        }

        @Override
        public ConversionSummary summary() {
            return counts.summary();
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
