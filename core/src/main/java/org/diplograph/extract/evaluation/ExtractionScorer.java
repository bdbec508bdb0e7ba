package org.diplograph.extract.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplograph.InvalidInputException;
import org.diplograph.extract.Extractor;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.Membership;
import org.diplograph.model.Partnership;
import org.diplograph.model.Provenance;
import org.diplograph.model.Representation;
import org.diplograph.names.NameKeys;

/**
 * Measures an {@link Extractor} against articles whose facts a person wrote down: a folder of
 * {@code NAME.txt} articles, each with a {@code NAME.expected} file ({@link ExpectedFacts}). It reports
 * precision, recall and F1 per {@link FactKind}, the meetings with the right date, the partnerships
 * with the stated kind, duplicate persons and the traps the extractor fell into, with every
 * difference per article for diagnosis.
 *
 * <pre>{@code
 * ExtractionScorer scorer = new ExtractionScorer(Extractor.withBuiltInGazetteer());
 * ScoreReport report = scorer.scoreFolder("tuning", Path.of("core/src/test/resources/articles/tuning"));
 * Files.writeString(Path.of("tuning-report.txt"), report.format());
 * }</pre>
 *
 * <h2>How facts match</h2>
 * <ul>
 *   <li><b>Officials</b> match by id. A found id is also right when the graph would merge it with the
 *       expected one: the same scope and a shared identity key of the name rules
 *       ({@code USA/mark-t-esper} for {@code USA/mark-esper}). Found ids are then read as the expected
 *       ids they match in every other fact.</li>
 *   <li><b>Meetings</b> match by their set of participants, exactly: a meeting of three is one fact,
 *       and two bilateral meetings found in its place are two unexpected facts and one missing. The date
 *       is compared apart: of the meetings found that were expected, the share with the expected date
 *       at the expected precision ({@code 2022-04} is not {@code 2022-04-12}; none is right only when
 *       none is expected). When one set of people met several times, found and expected meetings pair up
 *       by equal dates first, then in date order. A meeting found twice with one date counts once.</li>
 *   <li><b>Represents</b> match by holder and body; only roles held by officials count (a ministry's
 *       tie to its country follows from its id).</li>
 *   <li><b>Partnerships</b> match by their unordered pair: one fact per pair, however many kinds the
 *       text gives it. The kind is compared apart, like a meeting's date: right when the expected kind
 *       (case and spacing aside) is among the kinds found for the pair.</li>
 *   <li><b>Memberships</b> match by member and alliance.</li>
 *   <li><b>Meetings by name</b>, for diagnosis: the meetings matched again with every found official read as
 *       the expected person he plainly is, whatever his id ({@code XXX/austin} as {@code USA/lloyd-austin}),
 *       dates aside: how many meetings are lost to wrong ids rather than to missed sentences.</li>
 *   <li><b>Duplicate persons</b>: an expected official found under two ids or more in one article
 *       (a right id and a wrong one, or two wrong ones: {@code USA/lloyd-austin} and {@code XXX/austin}).</li>
 *   <li><b>Traps</b> are triggered by a found fact equal to the trap's, where {@code *} matches any date or kind.</li>
 * </ul>
 *
 * <p>Instances are immutable and safe to share between threads when the extractor is.
 */
public final class ExtractionScorer {

    /** The ending of an article file. */
    public static final String ARTICLE_SUFFIX = ".txt";
    /** The ending of the file of an article's expected facts. */
    public static final String EXPECTED_SUFFIX = ".expected";

    private static final int EVIDENCE_SHOWN = 110;

    private final Extractor extractor;

    /**
     * @param extractor the extractor to measure
     */
    public ExtractionScorer(Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Extracts every article of a folder (not its sub-folders) and compares the facts with its expected file.
     *
     * @param setName the name the report gives the set ({@code tuning})
     * @param folder  the folder of {@code .txt} articles and {@code .expected} files
     * @return the report, its articles in name order
     * @throws InvalidInputException when the folder cannot be read, an article has no expected file or
     *     no publication date, or an expected file is malformed
     */
    public ScoreReport scoreFolder(String setName, Path folder) {
        List<Path> articles;
        try (Stream<Path> files = Files.list(folder)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(ARTICLE_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(folder.toString(), null, null, "The folder cannot be read (" + e + ").", e);
        }
        List<ArticleScore> scores = new ArrayList<>();
        for (Path article : articles) {
            String name = article.getFileName().toString();
            String base = name.substring(0, name.length() - ARTICLE_SUFFIX.length());
            Path expectedFile = article.resolveSibling(base + EXPECTED_SUFFIX);
            if (!Files.isRegularFile(expectedFile)) {
                throw new InvalidInputException(article.toString(), null, null,
                        "The article has no expected file; write its facts to " + expectedFile.getFileName() + ".", null);
            }
            String text;
            try {
                text = Files.readString(article, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException(article.toString(), null, null, "The article cannot be read (" + e + ").", e);
            }
            ExpectedFacts expected = ExpectedFacts.read(expectedFile);
            if (expected.published() == null && !text.startsWith("date ")) {
                throw new InvalidInputException(expectedFile.toString(), null, null, "The article states no publication date; "
                        + "add a line \"published YYYY-MM-DD\" here or a first line \"date YYYY-MM-DD\" to the article.", null);
            }
            scores.add(scoreArticle(base, text, expected));
        }
        return new ScoreReport(setName, scores);
    }

    /**
     * Extracts one article and compares its facts with the expected ones.
     *
     * @param article  the article's name (its source id is the slug of it)
     * @param text     the article's text
     * @param expected what it states
     * @return the comparison
     */
    public ArticleScore scoreArticle(String article, String text, ExpectedFacts expected) {
        FactSet found = extractor.extract(text, NameKeys.slug(article), expected.published());
        return compare(article, found, expected);
    }

    /**
     * Compares facts found in an article with the expected ones, as the class documentation describes.
     *
     * @param article  the article's name, for the differences
     * @param found    the facts found
     * @param expected the facts expected
     * @return the comparison
     */
    public static ArticleScore compare(String article, FactSet found, ExpectedFacts expected) {
        return new Comparison(article, found, expected).run();
    }

    /** One article's comparison, kind by kind. */
    private static final class Comparison {
        private final String article;
        private final FactSet found;
        private final ExpectedFacts expected;
        private final Map<ActorId, ActorId> expectedIdOf = new HashMap<>();
        /** Found ids read as the expected person they plainly are, whatever the id: for the meetings matched by name. */
        private final Map<ActorId, ActorId> personOf = new HashMap<>();
        private final Map<FactKind, KindScore> scores = new EnumMap<>(FactKind.class);
        private final List<String> differences = new ArrayList<>();
        private final List<String> duplicates = new ArrayList<>();
        private final Map<Fact, Provenance> evidence = new HashMap<>();
        private final List<Fact> foundFacts = new ArrayList<>();
        private int datesRight;
        private int inferredDates;
        private int inferredDatesRight;
        private int kindsRight;

        Comparison(String article, FactSet found, ExpectedFacts expected) {
            this.article = article;
            this.found = found;
            this.expected = expected;
        }

        ArticleScore run() {
            officials();
            readFoundFacts();
            meetings();
            roles();
            partnerships();
            memberships();
            List<Trap> triggered = new ArrayList<>();
            for (Trap trap : expected.traps()) {
                foundFacts.stream().filter(f -> matches(trap.fact(), f)).findFirst().ifPresent(f -> {
                    triggered.add(trap);
                    differences.add("trap       " + trap.kind().word() + ": " + f.line() + evidenceOf(f));
                });
            }
            return new ArticleScore(article, expected.genre(), scores, meetingsByName(), datesRight, inferredDates, inferredDatesRight,
                    kindsRight, duplicates, expected.traps(), triggered, differences);
        }

        private void officials() {
            List<ActorId> want = expected.facts(FactKind.OFFICIALS).stream().map(f -> ((Fact.Official) f).id()).toList();
            List<Actor> got = found.actors().stream().filter(a -> a.kind() == ActorKind.OFFICIAL).toList();
            int right = 0;
            for (ActorId id : want) {
                boolean matched = false;
                for (Actor a : got) {
                    if (OfficialIdentity.sameOfficial(id, a) && (!expectedIdOf.containsKey(a.id()) || a.id().equals(id))) {
                        expectedIdOf.put(a.id(), id);
                        matched = true;
                    }
                }
                if (matched) {
                    right++;
                } else {
                    differences.add("missing    official " + id);
                }
            }
            int unexpected = 0;
            for (Actor a : got) {
                if (!expectedIdOf.containsKey(a.id())) {
                    unexpected++;
                    List<ActorId> people = want.stream().filter(id -> OfficialIdentity.samePerson(id, a)).toList();
                    differences.add((people.size() == 1 ? "wrong id   official " + a.id() + " for " + people.get(0)
                            : "unexpected official " + a.id()) + " " + a.spellings());
                }
            }
            scores.put(FactKind.OFFICIALS, new KindScore(right, unexpected, want.size() - right));
            Map<ActorId, Set<ActorId>> foundIdsOf = new LinkedHashMap<>();
            want.forEach(id -> foundIdsOf.put(id, new LinkedHashSet<>()));
            for (Actor a : got) {
                List<ActorId> people = want.stream().filter(id -> OfficialIdentity.samePerson(id, a)).toList();
                ActorId person = expectedIdOf.containsKey(a.id()) ? expectedIdOf.get(a.id()) : people.size() == 1 ? people.get(0) : null;
                if (person != null) {
                    personOf.put(a.id(), person);
                    foundIdsOf.get(person).add(a.id());
                }
            }
            foundIdsOf.forEach((id, ids) -> {
                if (ids.size() > 1) {
                    String line = id + " as " + ids.stream().map(ActorId::value).collect(Collectors.joining(", "));
                    duplicates.add(line);
                    differences.add("duplicate  " + line);
                }
            });
        }

        private ActorId expectedId(ActorId foundId) {
            return expectedIdOf.getOrDefault(foundId, foundId);
        }

        /** The found facts in the expected file's terms: ids read as the expected ids they match. */
        private void readFoundFacts() {
            Set<ActorId> officials = new LinkedHashSet<>();
            found.actors().stream().filter(a -> a.kind() == ActorKind.OFFICIAL).forEach(a -> officials.add(expectedId(a.id())));
            officials.forEach(id -> add(new Fact.Official(id), Provenance.NONE));
            for (Representation r : found.represents()) {
                if (found.actor(r.who()).map(a -> a.kind() == ActorKind.OFFICIAL).orElse(false)) {
                    add(new Fact.Role(expectedId(r.who()), r.body()), r.provenance());
                }
            }
            for (Meeting m : found.meetings()) {
                List<ActorId> ids = m.participants().stream().map(this::expectedId).distinct().toList();
                if (ids.size() >= 2) {
                    add(new Fact.Meeting(ids, m.on() == null ? Fact.NO_DATE : m.on().toString(), false), m.provenance());
                }
            }
            for (Partnership p : found.partnerships()) {
                add(new Fact.Partnership(p.between(), p.kind()), p.provenance());
            }
            for (Membership m : found.memberships()) {
                add(new Fact.Membership(m.member(), m.alliance()), m.provenance());
            }
        }

        private void add(Fact fact, Provenance provenance) {
            if (!evidence.containsKey(fact)) {
                evidence.put(fact, provenance);
                foundFacts.add(fact);
            }
        }

        private List<Fact> foundOf(FactKind kind) {
            return foundFacts.stream().filter(f -> f.factKind() == kind).toList();
        }

        private void meetings() {
            Map<List<ActorId>, List<Fact.Meeting>> want = group(expected.facts(FactKind.MEETINGS));
            Map<List<ActorId>, List<Fact.Meeting>> got = group(foundOf(FactKind.MEETINGS));
            int right = 0;
            int missing = 0;
            int unexpected = 0;
            for (Map.Entry<List<ActorId>, List<Fact.Meeting>> e : want.entrySet()) {
                List<Fact.Meeting> left = new ArrayList<>(got.getOrDefault(e.getKey(), List.of()));
                List<Fact.Meeting> unmatched = new ArrayList<>();
                for (Fact.Meeting w : e.getValue()) {
                    Fact.Meeting same = left.stream().filter(g -> g.date().equals(w.date())).findFirst().orElse(null);
                    if (same != null) {
                        left.remove(same);
                        right++;
                        datesRight++;
                        if (w.inferred()) {
                            inferredDates++;
                            inferredDatesRight++;
                        }
                    } else {
                        unmatched.add(w);
                    }
                }
                for (Fact.Meeting w : unmatched) {
                    if (left.isEmpty()) {
                        missing++;
                        differences.add("missing    " + w.line() + partial(w, got));
                        continue;
                    }
                    Fact.Meeting g = left.remove(0);
                    right++;
                    if (w.inferred()) {
                        inferredDates++;
                    }
                    differences.add("wrong date meeting " + ids(w.participants()) + ": expected " + (w.inferred() ? "~" : "")
                            + w.date() + ", found " + g.date() + evidenceOf(g));
                }
                got.put(e.getKey(), left);
            }
            for (List<Fact.Meeting> rest : got.values()) {
                for (Fact.Meeting g : rest) {
                    unexpected++;
                    differences.add("unexpected " + g.line() + evidenceOf(g));
                }
            }
            scores.put(FactKind.MEETINGS, new KindScore(right, unexpected, missing));
        }

        /** The meetings matched again with found people read by name whatever their id, dates aside. */
        private KindScore meetingsByName() {
            Map<List<ActorId>, Integer> want = new HashMap<>();
            expected.facts(FactKind.MEETINGS).forEach(f -> want.merge(((Fact.Meeting) f).participants(), 1, Integer::sum));
            Map<List<ActorId>, Set<String>> got = new HashMap<>();
            for (Meeting m : found.meetings()) {
                List<ActorId> ids = m.participants().stream().map(id -> personOf.getOrDefault(id, id)).distinct().sorted().toList();
                if (ids.size() >= 2) {
                    got.computeIfAbsent(ids, k -> new LinkedHashSet<>()).add(m.on() == null ? Fact.NO_DATE : m.on().toString());
                }
            }
            int right = 0;
            int foundCount = got.values().stream().mapToInt(Set::size).sum();
            int expectedCount = want.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<List<ActorId>, Integer> e : want.entrySet()) {
                right += Math.min(e.getValue(), got.getOrDefault(e.getKey(), Set.of()).size());
            }
            return new KindScore(right, foundCount - right, expectedCount - right);
        }

        /** Says when a missing meeting was found with other participants: as pairs of a multi-party meeting, say. */
        private static String partial(Fact.Meeting missing, Map<List<ActorId>, List<Fact.Meeting>> got) {
            List<String> near = new ArrayList<>();
            for (List<ActorId> set : got.keySet()) {
                long shared = set.stream().filter(missing.participants()::contains).count();
                if (!got.get(set).isEmpty() && shared >= 2 && !set.equals(missing.participants())) {
                    near.add(ids(set));
                }
            }
            return near.isEmpty() ? "" : " (found as " + String.join("; ", near) + ")";
        }

        private static Map<List<ActorId>, List<Fact.Meeting>> group(List<Fact> meetings) {
            Map<List<ActorId>, List<Fact.Meeting>> groups = new LinkedHashMap<>();
            for (Fact f : meetings) {
                Fact.Meeting m = (Fact.Meeting) f;
                groups.computeIfAbsent(m.participants(), k -> new ArrayList<>()).add(m);
            }
            groups.values().forEach(list -> list.sort(Comparator.comparing(Fact.Meeting::date)));
            return groups;
        }

        private void roles() {
            setScore(FactKind.REPRESENTS);
        }

        private void memberships() {
            setScore(FactKind.MEMBERSHIPS);
        }

        private void setScore(FactKind kind) {
            Set<Fact> want = new LinkedHashSet<>(expected.facts(kind));
            Set<Fact> got = new LinkedHashSet<>(foundOf(kind));
            int right = 0;
            for (Fact w : want) {
                if (got.contains(w)) {
                    right++;
                } else {
                    differences.add("missing    " + w.line());
                }
            }
            int unexpected = 0;
            for (Fact g : got) {
                if (!want.contains(g)) {
                    unexpected++;
                    differences.add("unexpected " + g.line() + evidenceOf(g));
                }
            }
            scores.put(kind, new KindScore(right, unexpected, want.size() - right));
        }

        private void partnerships() {
            Map<List<ActorId>, List<String>> got = new LinkedHashMap<>();
            for (Fact f : foundOf(FactKind.PARTNERSHIPS)) {
                Fact.Partnership p = (Fact.Partnership) f;
                got.computeIfAbsent(p.pair(), k -> new ArrayList<>()).add(p.foldedKind());
            }
            int right = 0;
            int missing = 0;
            for (Fact f : expected.facts(FactKind.PARTNERSHIPS)) {
                Fact.Partnership w = (Fact.Partnership) f;
                List<String> kinds = got.remove(w.pair());
                if (kinds == null) {
                    missing++;
                    differences.add("missing    " + w.line());
                } else {
                    right++;
                    if (kinds.contains(w.foldedKind())) {
                        kindsRight++;
                    } else {
                        differences.add("wrong kind partnership " + ids(w.pair()) + ": expected " + w.kind() + ", found "
                                + String.join("; ", kinds));
                    }
                }
            }
            int unexpected = 0;
            for (Map.Entry<List<ActorId>, List<String>> e : got.entrySet()) {
                unexpected++;
                Fact first = new Fact.Partnership(e.getKey(), e.getValue().get(0));
                differences.add("unexpected partnership " + ids(e.getKey()) + " " + String.join("; ", e.getValue()) + evidenceOf(first));
            }
            scores.put(FactKind.PARTNERSHIPS, new KindScore(right, unexpected, missing));
        }

        private static boolean matches(Fact trap, Fact fact) {
            if (trap instanceof Fact.Meeting t && fact instanceof Fact.Meeting m) {
                return t.participants().equals(m.participants()) && (t.date().equals(Fact.ANY) || t.date().equals(m.date()));
            }
            if (trap instanceof Fact.Partnership t && fact instanceof Fact.Partnership p) {
                return t.pair().equals(p.pair()) && (t.kind().equals(Fact.ANY) || t.foldedKind().equals(p.foldedKind()));
            }
            return trap.equals(fact);
        }

        private String evidenceOf(Fact fact) {
            Provenance p = evidence.get(fact);
            if (p == null || p.evidence() == null) {
                return "";
            }
            String sentence = p.evidence().replaceAll("\\s+", " ").strip();
            if (sentence.length() > EVIDENCE_SHOWN) {
                sentence = sentence.substring(0, EVIDENCE_SHOWN - 1) + "…";
            }
            return "  ← " + (p.rule() == null ? "" : "[" + p.rule() + "] ") + "\"" + sentence + "\"";
        }

        private static String ids(List<ActorId> ids) {
            return ids.stream().map(ActorId::value).collect(Collectors.joining(" "));
        }
    }
}
