package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;
import org.diplograph.model.DatePrecision;

/**
 * What the top of an article says about the whole of it: the publication date (a first line {@code date
 * YYYY-MM-DD …}, a dateline "MOSCOW, Feb 11 (Wire) -", or a page line "April 16, 2023, 15:00"), the place it was
 * written in (the dateline's city, a page line "The Kremlin, Moscow"), and the government that published it when
 * it is a national release: a named body or seat of government in its header lines ("Office of the
 * Spokesperson", "Foreign, Commonwealth & Development Office", "The Kremlin"), or the country of the title its
 * headline starts with ("Readout of Secretary of Defense …").
 */
final class ArticleHeader {

    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[^\\n]*(\\n|$)");
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*([A-Z][A-Za-z\\u00C0-\\u024F .'’]{1,40})(?:,[^\\n—–]{0,40}?)?\\s*(?:(?:\\([^)\\n]{1,30}\\))?[ \\t]+[-—–]{1,2}(?:[ \\t]+|[ \\t]*\\n)"
            // "New Delhi, Jun 19 (PTI) Prime Minister …": an agency's name in brackets, and no dash
            + "|\\([A-Z][A-Za-z&.' ]{1,20}\\)[ \\t]+(?=[A-Z\"“]))");
    /** The agency a dateline names in brackets: "(Yonhap)", "(PTI)". */
    private static final Pattern AGENCY = Pattern.compile("\\(([^)\\n]{1,30})\\)");
    /** How far into the article a dateline may begin: below the headline and a by-line, never in the body. */
    private static final int DATELINE_REACH = 600;
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** Header lines end where the first paragraph of this length begins. */
    private static final int PARAGRAPH = 150;
    private static final int MAX_HEADER_LINES = 12;

    /** The article with its "date" line and dateline blanked out, offsets unchanged. */
    String text;
    LocalDate published;
    /** The day a page line states ("April 16, 2023, 15:00"), or null. */
    LocalDate pageDate;
    /** The country of the dateline's city or of a page line naming a place, or null. */
    String placeCountry;
    /** The country or alliance whose government published the article, and the body when the header names one. */
    String publisherScope;
    String publisherBody;
    /** The country of the national news agency the dateline names ("SEOUL, June 4 (Yonhap) -"), or null. */
    String agencyScope;
    /** The page's "From:" line ("From: Foreign, Commonwealth & Development Office and The Rt Hon Andrew Mitchell MP"), or "". */
    private String fromLine = "";
    /** Where the headline ends (characters), or 0 when the article has none. */
    int headlineEnd;

    private ArticleHeader() {
    }

    /** Whether the page's "From:" line names someone of this name: the page's own minister. */
    boolean fromLineNames(String name) {
        return name != null && fromLine.contains(name);
    }

    /**
     * The day a dateline states ("WARSAW, May 10"), when it is one of the week before publication; null otherwise (none
     * stated, or the publication's own day).
     */
    private static LocalDate datelineDay(String dateline, LocalDate published) {
        for (Dates.Found f : Dates.find(dateline, published)) {
            if (f.date() != null && f.date().precision() == DatePrecision.DAY && !f.storyDay()) {
                LocalDate day = f.date().first();
                return day.isBefore(published) && !day.isBefore(published.minusDays(7)) ? day : null;
            }
        }
        return null;
    }

    static ArticleHeader read(Gazetteer g, String article, LocalDate publishedOrNull) {
        ArticleHeader h = new ArticleHeader();
        String body = article.replace("\r\n", "\n").replace('\r', '\n');
        LocalDate date = publishedOrNull;
        Matcher header = HEADER.matcher(body);
        if (header.find()) {
            if (date == null) {
                try {
                    date = LocalDate.parse(header.group(1));
                } catch (java.time.format.DateTimeParseException e) {
                    date = null;
                }
            }
            body = " ".repeat(header.end()) + body.substring(header.end());
        }
        // (a dateline accepted starts before the reach and is shorter than 90 characters: the rest of the body needs no look)
        Matcher dateline = DATELINE.matcher(body).region(0, Math.min(body.length(), DATELINE_REACH + 90)).useTransparentBounds(true);
        boolean found = false;
        while (!found && dateline.find() && dateline.start() < DATELINE_REACH) {
            found = dateline.end() - dateline.start() < 90 && isDatelinePlace(g, dateline.group(1).strip());
        }
        if (found) {
            for (Dates.Found f : Dates.find(dateline.group(), null)) {
                if (date == null && f.date() != null && f.date().precision() == DatePrecision.DAY) {
                    date = f.date().first();
                }
            }
            LocalDate written = date == null ? null : datelineDay(dateline.group(), date);
            if (written != null) {
                // "WARSAW, May 10 (Wire) - … met Duda yesterday", published on May 11: the story's today is its dateline's
                date = written;
            }
            h.placeCountry = placeCountry(g, dateline.group());
            Matcher agency = AGENCY.matcher(dateline.group());
            if (agency.find()) {
                h.agencyScope = g.agencyCountries.get(agency.group(1).strip().toLowerCase(Locale.ROOT));
            }
            if (h.agencyScope == null) {
                // "VGP – Prime Minister … received": the agency's name where a dateline's place would stand
                h.agencyScope = g.agencyCountries.get(dateline.group(1).strip().toLowerCase(Locale.ROOT));
            }
            body = body.substring(0, dateline.start()) + " ".repeat(dateline.end() - dateline.start()) + body.substring(dateline.end());
        }
        h.headerLines(g, body);
        if (date == null) {
            date = h.pageDate;
        }
        h.text = body;
        h.published = date;
        return h;
    }

    /** "MOSCOW", "NEW DELHI", "Lima": a dateline begins with a place the gazetteer knows or a word in capitals. */
    private static boolean isDatelinePlace(Gazetteer g, String place) {
        if (place.equals(place.toUpperCase(Locale.ROOT)) && place.chars().filter(Character::isLetter).count() >= 3) {
            return true;
        }
        List<Token> toks = Token.tokenize(place);
        Match m = toks.isEmpty() ? null : g.index.match(toks, 0, toks.size());
        return m != null && m.end() == toks.size() && (m.has(Kind.CAPITAL) || m.has(Kind.CITY) || m.has(Kind.COUNTRY));
    }

    /**
     * The line of a headline under a masthead ("The Korea Herald", "Ministry of Defence", "Kazinform"): the next line after a blank
     * one, when the first is a name of a few words and the next a title of several that states no date and ends with no full
     * stop, with a blank line after it; else -1.
     */
    private static int headlineUnderMasthead(String[] lines, int first, String masthead) {
        if (Words.spaceSplit(masthead).length > 6) {
            return -1;
        }
        int next = first + 1;
        while (next < lines.length && lines[next].isBlank()) {
            next++;
        }
        for (int section = 0; section < 2 && next + 2 < lines.length && lines[next + 1].isBlank() && isSection(lines[next].strip()); section++) {
            // "Vanguard", then "News" or "National > Diplomacy": the section's label between the masthead and the headline
            next += 2;
            while (next < lines.length && lines[next].isBlank()) {
                next++;
            }
        }
        if (next + 1 >= lines.length || !lines[next + 1].isBlank()) {
            return -1;
        }
        String title = lines[next].strip();
        return title.length() < PARAGRAPH && Words.spaceSplit(title).length >= 4 && !title.endsWith(".") && pageDate(title) == null
                && !DIGITS_OF_A_YEAR.matcher(title).find() ? next : -1;
    }

    /** A section's label under a masthead: a word or two ("News", "World"), or a path ("National > Diplomacy"). */
    private static boolean isSection(String line) {
        return !line.endsWith(".") && (Words.spaceSplit(line).length <= 2 || line.contains(">") && Words.spaceSplit(line).length <= 5);
    }

    private static final java.util.regex.Pattern DIGITS_OF_A_YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d{2}\\b");

    /** Reads the lines above the first paragraph: headline, page date, place and publisher. */
    private void headerLines(Gazetteer g, String body) {
        String[] lines = body.split("\n", -1);
        int offset = 0;
        int seen = 0;
        boolean first = true;
        boolean fromNext = false;
        for (int n = 0; n < lines.length && seen < MAX_HEADER_LINES; n++) {
            String line = lines[n];
            int lineStart = offset;
            offset += line.length() + 1;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.length() >= PARAGRAPH) {
                if (agencyScope == null) {
                    // "VGP – Prime Minister Nguyen Xuan Phuc received …": a national agency leading the first paragraph
                    Matcher lead = AGENCY_LEAD.matcher(trimmed);
                    agencyScope = lead.lookingAt() ? g.agencyCountries.get(lead.group(1).toLowerCase(Locale.ROOT)) : null;
                }
                break;
            }
            if (agencyScope == null && !first) {
                // "By KBC Digital", "Source: Xinhua | 2023-06-27": a national agency named in a header line
                agencyScope = agencyIn(g, trimmed);
            }
            seen++;
            if (trimmed.startsWith("From:") || fromNext) {
                // "From: Foreign & Commonwealth Office and The Rt Hon William Hague MP" (or "From:" over it): the page's own
                // publisher, whatever body a standfirst above it named
                fromNext = trimmed.equals("From:");
                fromLine = trimmed;
                String publisher = publisherScope;
                String ownBody = publisherBody;
                publisherScope = null;
                publisherBody = null;
                linePublisher(g, trimmed);
                publisherScope = publisherScope != null ? publisherScope : publisher;
                publisherBody = java.util.Objects.equals(publisherScope, publisher) && publisherBody == null ? ownBody : publisherBody;
                continue;
            }
            if (first) {
                first = false;
                if (n + 1 < lines.length && lines[n + 1].isBlank() && !trimmed.endsWith(".")) {
                    headlineEnd = lineStart + line.length();
                    headlinePublisher(g, trimmed);
                    int next = headlineUnderMasthead(lines, n, trimmed);
                    if (next >= 0) {
                        // "The Korea Herald" over "APEC wraps up in Gyeongju as Lee, Xi hold first summit": the masthead and the
                        // headline under it
                        headlineEnd = body.indexOf(lines[next], offset) + lines[next].length();
                    }
                    continue;
                }
            }
            if (pageDate == null) {
                // "Aug. 7, 2019 | By Jim Garamone, DOD News": a date among a line's parts set apart by bars
                for (String part : trimmed.split("\\|")) {
                    pageDate = pageDate == null ? pageDate(part.strip()) : pageDate;
                }
                if (pageDate != null) {
                    if (placeCountry == null && trimmed.length() <= 60) {
                        // "Sochi, 29 September 2021": the page line's place too
                        placeCountry = placeCountry(g, trimmed);
                    }
                    for (String part : trimmed.split("\\|")) {
                        if (publisherScope == null && pageDate(part.strip()) == null) {
                            // "June 23, 2020 | By Jim Garamone, DOD News": the publisher the byline names
                            linePublisher(g, part.strip());
                        }
                    }
                    continue;
                }
            }
            if (placeCountry == null && trimmed.length() <= 60 && !trimmed.endsWith(".")) {
                placeCountry = placeCountry(g, trimmed);
            }
            if (publisherScope == null) {
                linePublisher(g, trimmed);
            }
        }
    }

    /** "April 16, 2023, 15:00", "News release, 27 Jan. 2023", "JUNE 14, 2023": a day, with its year, and little else. */
    private static LocalDate pageDate(String line) {
        String cased = titleCaseMonths(line);
        for (Dates.Found f : Dates.find(cased, null)) {
            if (f.date() != null && f.date().precision() == DatePrecision.DAY) {
                String rest = TIME.matcher(cased.substring(0, f.start()) + " " + cased.substring(f.end())).replaceAll(" ");
                int words = 0;
                for (Matcher m = LETTERS.matcher(rest); m.find(); ) {
                    words++;
                }
                return words <= 2 ? f.date().first() : null;
            }
        }
        return null;
    }

    private static String titleCaseMonths(String line) {
        StringBuilder out = new StringBuilder(line.length());
        Matcher m = LETTERS.matcher(line);
        int last = 0;
        while (m.find()) {
            String w = m.group();
            out.append(line, last, m.start());
            boolean caps = w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT));
            out.append(caps ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
            last = m.end();
        }
        return out.append(line.substring(last)).toString();
    }

    /** The country of the last place a short line names ("Camp Aguinaldo, Quezon City, Philippines"), or null. */
    private static String placeCountry(Gazetteer g, String line) {
        List<Token> toks = Token.tokenize(line);
        String country = null;
        for (int i = 0; i < toks.size(); i++) {
            Match m = g.index.match(toks, i, toks.size());
            if (m == null) {
                continue;
            }
            if (m.has(Kind.CAPITAL) || m.has(Kind.CITY) || m.has(Kind.COUNTRY) || m.has(Kind.SEAT)) {
                Kind kind = m.has(Kind.COUNTRY) ? Kind.COUNTRY : m.has(Kind.CAPITAL) ? Kind.CAPITAL : m.has(Kind.CITY) ? Kind.CITY : Kind.SEAT;
                country = m.ref(kind).key();
            }
            i = m.end() - 1;
        }
        return country;
    }

    /** A national agency's name, then a dash, opening a paragraph: "VGP – ", "ANTARA - ". */
    private static final Pattern AGENCY_LEAD = Pattern.compile("([\\p{Lu}][\\p{L}]{1,15})\\s+[–—-]\\s");

    /** The country of a national agency a header line names as a word ("By KBC Digital"), or null. */
    private static String agencyIn(Gazetteer g, String line) {
        for (Matcher m = LETTERS.matcher(line); m.find(); ) {
            String country = g.agencyCountries.get(m.group().toLowerCase(Locale.ROOT));
            if (country != null && Character.isUpperCase(m.group().charAt(0))) {
                return country;
            }
        }
        return null;
    }

    /** Institutions whose name, with "of" a country, makes a line its country's own release: "Presidency of the Republic of Colombia". */
    private static final Set<String> INSTITUTIONS = Words.set("presidency", "ministry", "office", "government", "department", "cabinet",
            "chancellery");

    /** A header line naming a body ("Office of the Spokesperson") or a seat of government ("The Kremlin, Moscow"). */
    private void linePublisher(Gazetteer g, String line) {
        List<Token> toks = Token.tokenize(line);
        for (int i = 0; i < toks.size(); i++) {
            Match m = g.index.match(toks, i, toks.size());
            if (m == null) {
                continue;
            }
            if (m.has(Kind.BODY) && m.ref(Kind.BODY).key().contains("/")) {
                publisherBody = m.ref(Kind.BODY).key();
                publisherScope = publisherBody.substring(0, publisherBody.indexOf('/'));
                return;
            }
            if (m.has(Kind.SEAT)) {
                publisherScope = m.ref(Kind.SEAT).key();
                return;
            }
            PhraseIndex.Ref state = StatesAndPlaces.stateRef(m);
            boolean government = state != null && g.isCountry(state.key()) && (m.end() < toks.size() && toks.get(m.end()).is("government")
                    || i >= 2 && toks.get(i - 1).is("of") && toks.get(i - 2).is("government"));
            if (government) {
                // "Australian Government, Defence Ministers", "Government of India": the country's own release
                publisherScope = state.key();
                return;
            }
            if (state != null && g.isCountry(state.key()) && i >= 2 && INSTITUTIONS.contains(toks.get(0).lower) && toks.get(1).is("of")) {
                // "Presidency of the Republic of Colombia", "Ministry of Foreign Affairs of Japan": the country's own release
                publisherScope = state.key();
                return;
            }
            i = m.end() - 1;
        }
    }

    /** "Readout of Secretary of Defense …", "Secretary of Defense Austin Meets …": the country its leading title implies. */
    private void headlinePublisher(Gazetteer g, String headline) {
        List<Token> toks = Token.tokenize(headline);
        int i = toks.size() > 2 && toks.get(0).is("readout") && toks.get(1).is("of") ? 2 : 0;
        Match m = i < toks.size() ? g.index.match(toks, i, toks.size()) : null;
        if (m == null || !m.has(Kind.TITLE)) {
            return;
        }
        GazetteerDoc.TitleDoc title = (GazetteerDoc.TitleDoc) m.ref(Kind.TITLE).data();
        if (title.country() != null) {
            publisherScope = title.country();
            String own = title.bodySlug() == null ? null : g.countryBodies.get(title.country() + "|" + title.bodySlug());
            publisherBody = title.body() != null && title.body().startsWith(title.country() + "/") ? title.body() : own;
        }
    }
}
