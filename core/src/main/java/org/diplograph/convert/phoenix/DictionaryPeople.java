package org.diplograph.convert.phoenix;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.convert.ConversionCounts;
import org.diplograph.convert.Offices;
import org.diplograph.convert.PersonNames;
import org.diplograph.model.ActorId;
import org.diplograph.model.PartialDate;

/**
 * A dictionary record read as a person with dated roles (see {@link PhoenixDictionary} for the rules),
 * or skipped with a reason. Codes that are not roles are counted as left out.
 */
final class DictionaryPeople {

    /** A record none of whose codes carries a usable date: a country, an organisation, a person without dated roles. */
    static final String NO_DATED_CODE = "no dated code (not a person with dated roles)";
    /** A record without any code (a defect, reported with its line). */
    static final String NO_CODE = "record without codes";
    /** A record whose codes name no country or organisation we know. */
    static final String NO_COUNTRY = "no known country or organisation in its codes";
    /** A record whose name gives no id. */
    static final String NO_NAME = "no usable name";

    private static final Pattern CODE = Pattern.compile("([A-Za-z-]+)\\s*(.*)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");
    private static final Pattern OPEN = Pattern.compile("([<>])(\\d+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[_\\s,]+");
    /** Words that make a phrase a title, not a name (upper case, as the dictionaries write them). */
    private static final Set<String> TITLE_WORDS = Set.of("PRESIDENT", "MINISTER", "SECRETARY", "GENERAL", "PREMIER", "PM",
            "CHANCELLOR", "AMBASSADOR", "KING", "QUEEN", "EMIR", "SULTAN", "GOVERNOR", "LEADER", "CHIEF", "FORMER", "EX",
            "VICE", "DEPUTY", "CONGRESSMAN", "CONGRESSWOMAN", "REPRESENTATIVE", "SENATOR", "SPEAKER", "CHAIRMAN", "COMMANDER",
            "MAYOR", "ADMINISTRATION", "PARTY", "CHAIR", "HEAD", "ENVOY", "OFFICIAL", "SPOKESMAN", "REGIME", "GOVERNMENT");
    /** Words that make a comment a title ({@code # Foreign Minister}, {@code # Amb. to UN}), in lower case. */
    private static final Set<String> COMMENT_TITLE_WORDS = Set.of("minister", "min", "president", "secretary", "sec", "pm",
            "premier", "chancellor", "ambassador", "amb", "adviser", "advisor", "leader", "governor", "chief", "cmdr",
            "commander", "dci", "speaker", "senator", "chairman", "director", "attorney", "mayor", "king", "queen", "envoy");

    private final Offices offices;
    private final ConversionCounts counts;

    DictionaryPeople(Offices offices, ConversionCounts counts) {
        this.offices = offices;
        this.counts = counts;
    }

    /**
     * @param entry a record
     * @return the person, or empty when the record is skipped (counted, with its reason)
     */
    Optional<PhoenixDictionary.Person> read(DictionaryLines.Entry entry) {
        if (entry.codes().isEmpty()) {
            counts.skip(NO_CODE);
            return Optional.empty();
        }
        List<Parsed> codes = new ArrayList<>();
        for (DictionaryLines.Code code : entry.codes()) {
            codes.add(parse(code));
        }
        if (codes.stream().noneMatch(c -> c.dated && c.problem == null)) {
            counts.skip(NO_DATED_CODE);
            return Optional.empty();
        }
        String scope = codes.stream().map(c -> c.actor == null ? null : c.actor.scope())
                .filter(c -> c != null && offices.countries().isIso3(c)).findFirst()
                .or(() -> codes.stream().map(c -> c.actor == null ? null : c.actor.scope()).filter(java.util.Objects::nonNull).findFirst())
                .orElse(null);
        if (scope == null) {
            counts.skip(NO_COUNTRY);
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        List<String> titled = new ArrayList<>();
        for (String phrase : phrases(entry)) {
            (hasTitleWord(phrase) ? titled : names).add(phrase);
        }
        String name = !names.isEmpty() ? PersonNames.display(names.get(0)) : PersonNames.display(withoutTitleWords(entry.phrase()));
        Optional<ActorId> id = PersonNames.officialId(scope, name);
        if (id.isEmpty()) {
            counts.skip(NO_NAME);
            return Optional.empty();
        }
        Set<String> aliases = new LinkedHashSet<>();
        for (String phrase : names) {
            String alias = PersonNames.display(phrase);
            if (!alias.equals(name) && !alias.isBlank()) {
                aliases.add(alias);
            }
        }
        long roleCodes = codes.stream().filter(c -> c.dated && c.problem == null && c.actor != null && c.actor.body() != null).count();
        String synonymTitle = roleCodes == 1 ? synonymTitle(titled, names) : null;
        List<PhoenixDictionary.Role> roles = new ArrayList<>();
        for (Parsed c : codes) {
            if (c.problem != null) {
                counts.ignore(c.problem);
            } else if (!c.dated) {
                counts.ignore("undated code (the default)");
            } else if (c.actor.body() == null) {
                counts.ignore("code: " + c.actor.notOffice());
            } else {
                String written = commentTitle(c.source.comment());
                written = written != null ? written : synonymTitle;
                roles.add(new PhoenixDictionary.Role(c.source.line(), c.actor.body(), written != null ? written : c.actor.label(),
                        c.from, c.to, c.source.written(), c.code, written != null));
            }
        }
        roles = joinTerms(roles);
        try {
            new org.diplograph.model.Official(id.get(), name, List.copyOf(aliases), null);
        } catch (org.diplograph.InvalidInputException e) {
            counts.defect(entry.line(), "The record \"" + entry.phrase() + "\" is left out: " + e.problem());
            counts.skip(NO_NAME);
            return Optional.empty();
        }
        counts.used();
        return Optional.of(new PhoenixDictionary.Person(entry.line(), id.get(), name, List.copyOf(aliases), roles));
    }

    /**
     * Terms of one office (one body and title) as one role from the first start to the last end, open when any is:
     * the graph keeps one edge per holder, body and title, whose end only ever moves later, so two terms written as
     * two roles would lose an open end to the earlier term's.
     */
    private static List<PhoenixDictionary.Role> joinTerms(List<PhoenixDictionary.Role> roles) {
        java.util.Map<List<Object>, PhoenixDictionary.Role> joined = new java.util.LinkedHashMap<>();
        for (PhoenixDictionary.Role role : roles) {
            List<Object> key = java.util.Arrays.asList(role.body().id(), role.title());
            PhoenixDictionary.Role known = joined.get(key);
            if (known == null) {
                joined.put(key, role);
            } else {
                PartialDate from = known.from() == null || role.from() == null ? null
                        : known.from().compareTo(role.from()) <= 0 ? known.from() : role.from();
                PartialDate to = known.to() == null || role.to() == null ? null
                        : known.to().compareTo(role.to()) >= 0 ? known.to() : role.to();
                joined.put(key, new PhoenixDictionary.Role(known.line(), known.body(), known.title(), from, to,
                        known.written() + "; " + role.written(), known.code(), known.titled()));
            }
        }
        return new ArrayList<>(joined.values());
    }

    /** One code, its dates read. */
    private static final class Parsed {
        DictionaryLines.Code source;
        String code;
        Offices.CameoActor actor;
        boolean dated;
        PartialDate from;
        PartialDate to;
        String problem;
    }

    private Parsed parse(DictionaryLines.Code source) {
        Parsed p = new Parsed();
        p.source = source;
        Matcher m = CODE.matcher(source.text());
        if (!m.matches() || !m.group(1).chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            p.problem = "malformed code";
            counts.defect(source.line(), "\"[" + source.text() + "]\" is not a code (letters A-Z, then dates); it is left out.");
            return p;
        }
        p.code = m.group(1);
        p.actor = offices.cameo(p.code);
        String dates = SPACES.matcher(m.group(2)).replaceAll("");
        if (dates.isEmpty()) {
            return p;
        }
        p.dated = true;
        try {
            Matcher range = RANGE.matcher(dates);
            Matcher open = OPEN.matcher(dates);
            LocalDate start;
            LocalDate end;
            if (range.matches()) {
                start = day(range.group(1));
                end = day(range.group(2));
            } else if (open.matches()) {
                LocalDate day = day(open.group(2));
                start = open.group(1).equals(">") ? day : null;
                end = open.group(1).equals("<") ? day : null;
            } else {
                throw new DateTimeException("not a form of dates");
            }
            // the end is exclusive: the role's last day is the day before
            LocalDate last = end == null ? null : end.minusDays(1);
            if (start != null && last != null && last.isBefore(start)) {
                p.problem = "empty or reversed dates";
                counts.defect(source.line(), "\"[" + source.text() + "]\": the role ends (" + end + ", exclusive) before it begins ("
                        + start + "); the code is left out.");
                return p;
            }
            p.from = start == null ? null : PartialDate.ofDay(start);
            p.to = last == null ? null : PartialDate.ofDay(last);
        } catch (DateTimeException | NumberFormatException e) {
            p.problem = "malformed date";
            counts.defect(source.line(), "\"[" + source.text() + "]\": \"" + m.group(2).strip() + "\" is not a date range "
                    + "(YYMMDD-YYMMDD, >YYMMDD or <YYMMDD, or the same with YYYYMMDD); the code is left out.");
        }
        return p;
    }

    /** {@code YYMMDD} (YY up to 30 is 20YY, else 19YY) or {@code YYYYMMDD}. */
    private static LocalDate day(String digits) {
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        }
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        }
        throw new DateTimeException(digits.length() + " digits");
    }

    private static List<String> phrases(DictionaryLines.Entry entry) {
        List<String> all = new ArrayList<>();
        all.add(entry.phrase());
        all.addAll(entry.synonyms());
        return all;
    }

    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAKS.split(phrase)) {
            if (!w.isEmpty()) {
                words.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean isTitleWord(String word) {
        if (TITLE_WORDS.contains(word)) {
            return true;
        }
        for (String part : word.split("-")) {
            if (TITLE_WORDS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTitleWord(String phrase) {
        return words(phrase).stream().anyMatch(DictionaryPeople::isTitleWord);
    }

    private static String withoutTitleWords(String phrase) {
        List<String> kept = words(phrase).stream().filter(w -> !isTitleWord(w)).toList();
        return kept.isEmpty() ? phrase : String.join(" ", kept);
    }

    /** {@code FOREIGN_MINISTER_SERGEY_V._LAVROV} → {@code Foreign Minister}: the most words a synonym adds to the name. */
    private static String synonymTitle(List<String> titled, List<String> names) {
        Set<String> nameWords = new java.util.HashSet<>();
        names.forEach(n -> nameWords.addAll(words(n)));
        List<String> best = List.of();
        for (String phrase : titled) {
            List<String> rest = words(phrase).stream()
                    .filter(w -> !nameWords.contains(w) && !(w.length() <= 2 && w.endsWith(".")) && w.length() > 1).toList();
            if (rest.size() > best.size() && rest.stream().anyMatch(DictionaryPeople::isTitleWord)
                    && rest.stream().noneMatch(w -> w.equals("FORMER") || w.equals("EX") || w.startsWith("EX-"))) {
                best = rest;
            }
        }
        if (best.isEmpty()) {
            return null;
        }
        // the fullest title of the synonyms (SECRETARY_OF_STATE_HILLARY_CLINTON rather than SECRETARY_CLINTON_)
        String title = PersonNames.display(String.join(" ", best));
        return title.replace(" Of ", " of ").replace(" The ", " the ").replace(" For ", " for ").replace(" And ", " and ");
    }

    /** A comment that reads as a title ({@code Foreign Minister}, {@code Amb. to UN}), or {@code null}. */
    private static String commentTitle(String comment) {
        if (comment == null || comment.length() > 80 || comment.contains("?") || comment.toLowerCase(Locale.ROOT).contains(".txt")) {
            return null;
        }
        for (String word : comment.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (COMMENT_TITLE_WORDS.contains(word)) {
                return comment;
            }
        }
        return null;
    }
}
