package org.diplograph.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.diplograph.InvalidInputException;
import org.diplograph.model.FactSet;
import org.diplograph.names.NameKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the English text of a news report about meetings between officials into a reviewable
 * {@link FactSet}: deterministic and offline, by rules and a gazetteer. Every fact carries the
 * sentence it was read from, the name of the rule that produced it and a confidence.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.withBuiltInGazetteer()
 *         .withUserGazetteer(Path.of("my-gazetteer.json"));
 * FactSet facts = extractor.extract(Path.of("baku-2020-02-11.txt"));
 * String json = FactSetJson.write(facts);
 * }</pre>
 *
 * <h2>What it reads</h2>
 * <ul>
 *   <li><b>Dates</b> — the publication date is the {@code publishedOrNull} argument or, failing that, a
 *       first line {@code date YYYY-MM-DD …}; a dateline's own day in the week before it ("WARSAW, May 10", published
 *       on May 11) is the story's today. "On February 6" is the most recent February 6 on or
 *       before it; "today", "yesterday", "on Wednesday", "on Monday (17 November)", "on the same day"
 *       (the previous meeting's day), "7 September 17", "this week" (month precision), "in April"
 *       (month precision) and "in 2018" (year precision) are resolved. Without a publication date
 *       only dates that state their year resolve; the others leave the meeting's date {@code null}.
 *       A meeting whose sentence states no date takes the day last stated in the story, or none.</li>
 *   <li><b>People</b> — names with titles, ranks and honorifics before them or in apposition after them;
 *       a later surname, initial or spelling variant (folded by {@link NameKeys}) is the same person,
 *       and every spelling seen becomes an alias. Different given names keep two people with one
 *       surname apart. An official's id is {@code <scope>/<slug of the first full spelling>} without middle
 *       initials and generational suffixes, the scope being the country or alliance his title names, else
 *       the one the gazetteer knows him or his title by, else the host country of a meeting abroad or the
 *       publisher's country in a national release; when nothing tells, the scope is {@code XXX}.</li>
 *   <li><b>Meetings</b> — "met (with)", "held talks", "received", "hosted", "welcomed", "meeting
 *       with/between"; not calls, not future or hoped-for meetings. "Hosted A and B" is one meeting,
 *       "met separately with A and B" two. Pronouns, "his Turkish counterpart", "the two ministers"
 *       and titles without names ("SACEUR", resolved through user role holders on the day) can be
 *       participants.</li>
 *   <li><b>Roles</b> — a REPRESENTS fact per stated title, with the title as written, and one
 *       from each ministry or command to its country or alliance.</li>
 *   <li><b>Partnerships and memberships</b> as stated ("strategic partners", "a reliable partner of
 *       the Alliance", "NATO member Turkey"), the kind being {@code partnership} with the stated
 *       qualifier ({@code strategic partnership}).</li>
 * </ul>
 *
 * <h2>Gazetteer format</h2>
 * A JSON object with any of these arrays (all optional; unknown fields are an error):
 * {@code countries} ({@code code}, {@code name}, {@code aliases}, {@code demonyms}, {@code capitals},
 * {@code cities}, {@code seats}), {@code alliances} ({@code code}, {@code name}, {@code aliases}), {@code bodies}
 * ({@code id}, {@code name}, {@code aliases}), {@code bodyPatterns} ({@code slug}, {@code name},
 * {@code aliases}), {@code titles} ({@code title}, {@code aliases}, {@code body} or {@code bodySlug}),
 * {@code titleWords}, {@code titleModifiers}, {@code ranks}, {@code nonNames} (word lists),
 * {@code officials} ({@code id}, {@code name}, {@code aliases}, {@code rank}), {@code roles}
 * ({@code title}, {@code body}, {@code holder}, {@code name}, {@code from}, {@code to}) and {@code people}
 * ({@code name}, {@code aliases}, {@code scope}, {@code title}, {@code body} or {@code bodySlug}, {@code from},
 * {@code to}); countries may have {@code seats}, bodies a {@code pattern}, titles a {@code country}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    /** Articles larger than this are refused: no news report is, and rules are linear anyway. */
    public static final int MAX_ARTICLE_BYTES = 2_000_000;

    private static volatile Gazetteer builtIn;

    private final Gazetteer gazetteer;

    private Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @return an extractor with the built-in gazetteer: UN member states with codes, demonyms and
     *     capitals, alliances and their bodies, titles and ranks
     */
    public static Extractor withBuiltInGazetteer() {
        Gazetteer g = builtIn;
        if (g == null) {
            synchronized (Extractor.class) {
                g = builtIn;
                if (g == null) {
                    g = Gazetteer.builtIn();
                    builtIn = g;
                    LOG.debug("Loaded the built-in gazetteer: {}", g.sizes());
                }
            }
        }
        return new Extractor(g);
    }

    /**
     * A new extractor that also knows the entries of a user gazetteer file (see the class
     * documentation for its format): names, bodies and titles the built-in data lacks, and role
     * holders with dates, so that "SACEUR" in February 2020 resolves to a person.
     *
     * @param json the gazetteer file
     * @return the new extractor; this one is unchanged
     * @throws InvalidInputException when the file cannot be read or is not a valid gazetteer; the
     *     message names the file and the JSON path of the offending value
     */
    public Extractor withUserGazetteer(Path json) {
        Objects.requireNonNull(json, "json");
        Gazetteer g = gazetteer.with(json);
        LOG.debug("Added the gazetteer {}: {}", json, g.sizes());
        return new Extractor(g);
    }

    /**
     * A new extractor that also knows the people of a PETRARCH/Phoenix actor dictionary: each person's id (and
     * so his country) and spellings, and who held which titled office when, so that a title without a name
     * resolves to its holder on the day.
     * <pre>{@code
     * Extractor extractor = Extractor.withBuiltInGazetteer()
     *         .withDictionary(PhoenixDictionary.load(Path.of("Phoenix.Countries.actors.txt")));
     * }</pre>
     *
     * @param dictionary the dictionary
     * @return the new extractor; this one is unchanged
     */
    public Extractor withDictionary(org.diplograph.convert.phoenix.PhoenixDictionary dictionary) {
        Objects.requireNonNull(dictionary, "dictionary");
        Gazetteer g = gazetteer.with(DictionaryGazetteer.of(dictionary));
        LOG.debug("Added the dictionary {}: {}", dictionary.summary().file(), g.sizes());
        return new Extractor(g);
    }

    /**
     * @param articleText     the article: plain text, perhaps with a first line {@code date YYYY-MM-DD …}
     * @param sourceId        the source id the facts will name, like {@code baku-2020-02-11}
     * @param publishedOrNull the publication date, or {@code null} to take it from the first line
     * @return the facts; a valid FactSet, perhaps empty
     * @throws InvalidInputException when the source id is not of the accepted form
     */
    public FactSet extract(String articleText, String sourceId, LocalDate publishedOrNull) {
        Objects.requireNonNull(articleText, "articleText");
        FactSet facts = ArticleReader.read(gazetteer, articleText, sourceId, publishedOrNull);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Extracted {} actors and {} facts from {}", facts.actors().size(), facts.factCount(), sourceId);
        }
        return facts;
    }

    /**
     * Reads an article file (strict UTF-8) and extracts its facts; the source id is the slug of
     * the file's base name ({@code Baku 2020-02-11.txt} → {@code baku-2020-02-11}).
     *
     * @param articleFile the file
     * @return the facts
     * @throws InvalidInputException when the file is missing, empty, binary, not UTF-8 or too large
     */
    public FactSet extract(Path articleFile) {
        Objects.requireNonNull(articleFile, "articleFile");
        String name = articleFile.getFileName() == null ? articleFile.toString() : articleFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String sourceId = NameKeys.slug(dot > 0 ? name.substring(0, dot) : name);
        if (sourceId.isEmpty()) {
            throw new InvalidInputException(articleFile.toString(), null, null,
                    "The file name gives no source id; name the file with letters or digits, like baku-2020-02-11.txt.", null);
        }
        return extract(read(articleFile), sourceId, null);
    }

    private static String read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_ARTICLE_BYTES) {
                throw new InvalidInputException(file.toString(), null, null,
                        "The article is larger than " + MAX_ARTICLE_BYTES + " bytes; split it into articles.", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), null, null, "The file does not exist; check the path.", e);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, "The file cannot be read (" + e + ").", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), null, null,
                    "The file is not UTF-8 text; convert it to UTF-8 (articles are read as plain text).", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidInputException(file.toString(), null, null, "The file is empty; an article needs text.", null);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw new InvalidInputException(file.toString(), null, null,
                        "The file holds binary data (control character U+" + String.format("%04X", (int) c)
                                + "); give a plain-text article.", null);
            }
        }
        return text;
    }
}
