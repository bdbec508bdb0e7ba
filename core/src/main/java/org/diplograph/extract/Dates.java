package org.diplograph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;

/**
 * Finds date expressions in a sentence and resolves them against the publication date.
 *
 * <p>Without a publication date only dates that carry their year resolve; "February 6", "today"
 * or "on Wednesday" then give {@code null}, because guessing a year would put facts in the wrong
 * period silently.
 */
final class Dates {

    /** A date expression: where it is (characters in the sentence), its value and how it is meant. */
    record Found(int start, int end, PartialDate date, Integer afterPrevious, boolean future, boolean storyDay, int thatMonth) {
    }

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** The first letters of {@link #MONTH}'s names. */
    private static final String MONTH_FIRST = "JFMASOND";

    /** A month's name or abbreviation written alone: "April", "Sept.". */
    private static final Pattern MONTH_WORD = Pattern.compile(MONTH);
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final WordPattern ISO = new WordPattern("0-9", "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final WordPattern DOTTED = new WordPattern("0-9", "\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    /** "17/11/2025", "11/17/2025": read only when one of the two numbers can only be the day. */
    private static final WordPattern SLASHED = new WordPattern("0-9", "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final WordPattern MONTH_DAY = new WordPattern(MONTH_FIRST, "\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final WordPattern DAY_MONTH = new WordPattern("0-9", "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}|\\d{2})\\b)?");
    /** "March 2014", "March, 2014", American "July of 2012". */
    private static final WordPattern MONTH_YEAR = new WordPattern("eml" + MONTH_FIRST, "\\b(?:(?:early|mid|late)[- ])?" + MONTH + "(?:,|\\s+of)?\\s+(\\d{4})\\b");
    private static final WordPattern IN_MONTH = new WordPattern("IiSsDdFfUuo", "\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Uu]ntil|of)\\s+(?:early\\s+|mid-|late\\s+)?" + MONTH
            + "(?!\\s*\\d)(\\s+(?:of\\s+)?(?:last|this)\\s+year)?");
    private static final WordPattern IN_YEAR = new WordPattern("IiSsDdFfUuob", "\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Uu]ntil|of|back\\s+to)\\s+(?:early\\s+|mid-|late\\s+)?(?:(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+)?((?:19|20)\\d{2})\\b");
    /** "at the 2019 G20 in Osaka", "the 2018 Singapore summit": a gathering named by its year. */
    private static final WordPattern EVENT_YEAR = new WordPattern("t", "\\bthe\\s+((?:19|20)\\d{2})\\s+(?:[A-Z][\\w-]*\\s+){0,3}?"
            + "(?:summit|Summit|meeting|talks|G\\d{1,2}|Dialogue|forum|Forum)\\b");
    /** "Pavel's 2023 visit to Warsaw", "Xi's 2014 state visit": a possessive's journey or meeting named by its year. */
    private static final WordPattern POSSESSIVE_YEAR = new WordPattern("12", "(?<=['\u2019]s\\s)\\b((?:19|20)\\d{2})\\s+"
            + "(?:state\\s+|official\\s+|first\\s+)?(?:visit|trip|tour|summit|meeting|talks)\\b");
    private static final WordPattern WEEKDAY_REF = new WordPattern("lntoLNTOMWFS", "\\b(?:(last|next|this|on|Last|Next|This|On)\\s+)?" + WEEKDAY + "\\b");
    private static final WordPattern RELATIVE = new WordPattern("tTyYlLeEoOsSaAiIdD",
            // (grouped by their first word, each group's phrases in the order they are tried)
            "(?i)\\b(the(?: day before yesterday|\\s+same day| following day| next day| second day| day after| day before| previous day"
            + "| (?:previous|following|next) (?:morning|afternoon|evening|night)| (?:evening|night) before"
            + "| same (?:summit|meeting|forum|conference|gathering))"
            + "|yesterday|today|tonight"
            + "|(?:the )?(?:year|week) before last"
            + "|last (?:night|evening|week|month|year|weekend|spring|summer|autumn|fall|winter)"
            + "|earlier (?:today|in the (?:week|month)|in the day|that day)"
            + "|later (?:in the (?:week|month)|in the day|that day)"
            + "|this (?:morning|afternoon|evening|week|month|year)"
            + "|on\\s+(?:the\\s+)?same day|same day|that day"
            + "|a day (?:earlier|before|after)"
            + "|(?:at|over) the weekend"
            + "|(?:in|during) the (?:spring|summer|autumn|fall|winter)(?!\\s+of\\b))\\b");
    /** "a month after", "two days earlier", "a week before", "two years later": a distance from the story's day. */
    private static final WordPattern SPAN = new WordPattern("aAoOtTfFsSeEnN0-9", "(?i)\\b(a couple of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})"
            + "\\s+(day|days|week|weeks|fortnight|fortnights|month|months|year|years)\\s+"
            + "(after|earlier|before|later|ago)\\b");
    /** {@link Found#thatMonth()} of "a month after …": a span whose direction depends on where the meeting is told. */
    static final int AFTER_SPAN = -1;
    /** {@link Found#thatMonth()} of ", a day before meeting …" right after a date: that far after the date. */
    static final int BEFORE_SPAN = -2;
    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("a couple of", 2),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));
    /** A span of whole years, in the days of {@link Found#afterPrevious()}: "two years later" is told to the year. */
    static final int YEAR_DAYS = 365;
    /**
     * {@link Found#thatMonth()} of "on 30 September that year": this plus the month times 100 plus the day, dated in the year
     * the story last stated.
     */
    static final int THAT_YEAR_DAY = 10_000;
    private static final Pattern THAT_YEAR = Pattern.compile("\\s*,?\\s*(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b");

    private static final Pattern LAST_OR_THIS_YEAR = Pattern.compile("\\s*,?\\s*(?:of\\s+)?(last|this)\\s+year\\b");

    /** "on May 9 last year": 1; "on 3 March this year": 0; else null. */
    private static Integer yearsBack(String sentence, int end) {
        Matcher m = LAST_OR_THIS_YEAR.matcher(sentence).region(end, sentence.length());
        return m.lookingAt() ? (m.group(1).equals("last") ? 1 : 0) : null;
    }

    /**
     * A day and month found at {@code m}, with its year as written ("9 May 2023"), counted back from publication ("on May 9
     * last year"), left to the year the story told last ("On 30 September that year"), or else the last such day before
     * publication.
     */
    private static void addDay(List<Found> found, String sentence, MatchResult m, int month, int dayOfMonth, String year,
                               LocalDate published) {
        Integer years = year == null && published != null ? yearsBack(sentence, m.end()) : null;
        if (years != null) {
            add(found, sentence, m, day(published.getYear() - years, month, dayOfMonth), null, published);
        } else if (year == null && (thatYearAfter(sentence, m.end()) || thatYearBefore(sentence, m.start()))) {
            add(found, sentence, m, null, null, published, false, THAT_YEAR_DAY + month * 100 + dayOfMonth);
        } else {
            add(found, sentence, m, monthDay(month, dayOfMonth, year, published), null, published);
        }
    }

    /** "On 30 September that year", "on May 5 of the same year": a day whose year is the one the story told last. */
    private static boolean thatYearAfter(String sentence, int end) {
        return THAT_YEAR.matcher(sentence).region(end, sentence.length()).lookingAt();
    }

    /** "Earlier that year, on 7 February": a day whose year, told before it, is the one the story told last. */
    private static final Pattern THAT_YEAR_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:earlier|later)\\s+)?(?:in\\s+)?that\\s+year\\s*,?\\s*(?:on\\s+)?$");

    private static boolean thatYearBefore(String sentence, int start) {
        return THAT_YEAR_BEFORE.matcher(sentence.substring(Math.max(0, start - 30), start)).find();
    }

    /** "that December": the month, in the year the story last stated. */
    private static final WordPattern THAT_MONTH = new WordPattern("Tt", "\\b[Tt]hat\\s+" + MONTH + "(?![\\w.])");
    /** "the following month", "the next year": one such unit after the date the story told last. */
    private static final WordPattern FOLLOWING_SPAN = new WordPattern("tT", "(?i)\\bthe\\s+(?:following|next)\\s+(week|month|year)\\b");
    /**
     * "the previous year", "the month before": one such unit before the date the story told last ("the year before the
     * election" counts from an event the text need not date, so a clause must end there).
     */
    private static final WordPattern PREVIOUS_SPAN = new WordPattern("tT", 
            "(?i)\\bthe\\s+(?:(?:previous|preceding|prior)\\s+(week|month|year)\\b|(week|month|year)\\s+(?:before|earlier)(?=\\s*(?:[,.;)]|$)))");
    /** "the following January", "the next March": that month's next coming after the date the story last stated. */
    private static final WordPattern FOLLOWING_MONTH = new WordPattern("Ttfn", "\\b(?:[Tt]he\\s+)?(?:following|next)\\s+" + MONTH + "(?![\\w.])");
    /** Added to a month's number in {@link Found#thatMonth()} for "the following January": its next coming, not the same year's. */
    static final int FOLLOWING = 12;
    /** {@link Found#thatMonth()} of "that same month", "later that month": the month of the date told last. */
    static final int SAME_MONTH = -3;
    private static final WordPattern THAT_SAME_MONTH = new WordPattern("lLeEtT", "(?i)\\b(?:(?:later|earlier)\\s+)?(?:that\\s+(?:same\\s+)?|the\\s+same\\s+)month\\b");
    /** "on the 17th": a day of the story's month, or of the month before when the story's day comes earlier. */
    private static final WordPattern ON_THE_DAY = new WordPattern("Oo", "\\b[Oo]n\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s*(?:of\\b|[A-Za-z]))");
    /** "last November", "this past March": the last such month before the month of publication; "this January": this year's. */
    private static final WordPattern LAST_MONTH = new WordPattern("LlTt", "\\b(?:[Ll]ast|[Tt]his\\s+past|([Tt]his))\\s+" + MONTH + "(?![\\w.])");
    /** "from 6 to 10 March 2023", "6-10 March": days of one month, read as the month. */
    private static final WordPattern DAY_RANGE = new WordPattern("f0-9", "\\b(?:from\\s+)?" + DAY + "\\s*(?:to|-|–|and)\\s*" + DAY + "\\s+" + MONTH
            + "(?:,?\\s+(\\d{4})\\b)?");
    /** "from April 24 to 29, 2023", "May 16-17": days of one month written month first, read as the month. */
    private static final WordPattern MONTH_DAY_RANGE = new WordPattern("f" + MONTH_FIRST, "\\b(?:from\\s+)?" + MONTH + "\\s+" + DAY + "\\s*(?:to|-|–|and)\\s*"
            + DAY + "\\b(?:,?\\s+(\\d{4})\\b)?");
    // ("The next day, 12 May, Mr Duddridge travelled": the day after the one told, no time to come)
    private static final Pattern FUTURE_BEFORE = Pattern.compile("(?i)\\b(will|to be held|scheduled|planned|upcoming"
            + "|(?<!the )next(?! (day|morning|afternoon|evening))|due|expected|set for|is to|are to|shall"
            // "leaves for Washington today for Friday's summit": a journey begun toward what is still to come
            + "|leaves for|departs for|heads (?:to|for)|sets off for)\\b[^.;]{0,30}$");

    private static final Pattern LATER_BEFORE = Pattern.compile("(?i)\\b(later|next)\\s+$");

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /**
     * @param sentence  the sentence
     * @param published the publication date, or {@code null}
     * @return the date expressions, in order
     */
    static List<Found> find(String sentence, LocalDate published) {
        return find(sentence, sentence.toLowerCase(Locale.ROOT), published);
    }

    /** {@link #find(String, LocalDate)} of a sentence whose text in lower case is at hand. */
    static List<Found> find(String sentence, String lower, LocalDate published) {
        List<Found> found = new ArrayList<>(2);
        boolean digits = hasDigit(sentence);
        boolean month = Words.containsAny(sentence, MONTH_PREFIXES);
        // "days" of a span and "last" of "last November" besides the relative words themselves
        boolean relativeWord = Words.containsAny(lower, RELATIVE_WORDS);
        boolean relative = lower.contains("day") || lower.contains("last ") || relativeWord;
        if (!digits && !month && !relative) {
            return found;
        }
        // "6-10 March", "April 24 to 29": both range patterns need two numbers joined, which few sentences have
        boolean range = digits && month && hasRange(sentence);
        int[] starts = WordPattern.wordStarts(sentence);
        WordPattern.Matches m = ISO.matcher(digits ? sentence : null, starts);
        while (m.find()) {
            add(found, sentence, m, day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), null, published);
        }
        m = DOTTED.matcher(digits ? sentence : null, starts);
        while (m.find()) {
            add(found, sentence, m, day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), null, published);
        }
        m = SLASHED.matcher(digits && sentence.indexOf('/') >= 0 ? sentence : null, starts);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (a > 12 != b > 12) {
                add(found, sentence, m, a > 12 ? day(year, b, a) : day(year, a, b), null, published);
            }
        }
        m = DAY_RANGE.matcher(range ? sentence : null, starts);
        while (m.find()) {
            if (Character.isUpperCase(m.group(3).charAt(0))) {
                PartialDate day = monthDay(month(m.group(3)), Integer.parseInt(m.group(1)), m.group(4), published);
                add(found, sentence, m, day == null ? null : month(day.first().getYear(), day.first().getMonthValue()), null, published);
            }
        }
        m = MONTH_DAY_RANGE.matcher(range ? sentence : null, starts);
        while (m.find()) {
            if (Character.isUpperCase(m.group(1).charAt(0))) {
                PartialDate day = monthDay(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(4), published);
                add(found, sentence, m, day == null ? null : month(day.first().getYear(), day.first().getMonthValue()), null, published);
            }
        }
        m = ON_THE_DAY.matcher(digits && published != null && lower.contains("on the ") ? sentence : null, starts);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            LocalDate month0 = day <= published.getDayOfMonth() ? published : published.minusMonths(1);
            add(found, sentence, m, day <= month0.lengthOfMonth() ? day(month0.getYear(), month0.getMonthValue(), day) : null, null, published);
        }
        m = LAST_MONTH.matcher(month ? sentence : null, starts);
        while (m.find()) {
            if (Character.isUpperCase(m.group(2).charAt(0)) && published != null) {
                int mon = month(m.group(2));
                int year = m.group(1) != null || mon < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
                add(found, sentence, m, month(year, mon), null, published);
            }
        }
        m = DAY_MONTH.matcher(digits && month ? sentence : null, starts);
        while (m.find()) {
            if (Character.isUpperCase(m.group(2).charAt(0))) {
                addDay(found, sentence, m, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), published);
            }
        }
        m = MONTH_DAY.matcher(digits && month ? sentence : null, starts);
        while (m.find()) {
            if (m.group(1).equals("May") || Character.isUpperCase(m.group(1).charAt(0))) {
                addDay(found, sentence, m, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), published);
            }
        }
        m = MONTH_YEAR.matcher(digits && month ? sentence : null, starts);
        while (m.find()) {
            if (Character.isUpperCase(m.group(1).charAt(0))) {
                add(found, sentence, m, month(Integer.parseInt(m.group(2)), month(m.group(1))), null, published);
            }
        }
        // "He returned twice that year, to Dalian in May and to Beijing in June": months of the year the story last stated
        boolean thatYear = month && (lower.contains("that year") || lower.contains("the same year"));
        m = IN_MONTH.matcher(month ? sentence : null, starts);
        while (m.find()) {
            if (!monthAlone(sentence, m)) {
                continue;
            }
            if (Character.isUpperCase(m.group(1).charAt(0)) && thatYear && m.group(2) == null) {
                add(found, sentence, m, null, null, published, false, month(m.group(1)));
            } else if (Character.isUpperCase(m.group(1).charAt(0))) {
                add(found, sentence, m, recentMonth(month(m.group(1)), m.group(2), published), null, published);
            }
        }
        m = IN_YEAR.matcher(digits ? sentence : null, starts);
        while (m.find()) {
            add(found, sentence, m, new PartialDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR), null, published);
        }
        // "the 2019 G20": only where "the 19…" or "the 20…" is written
        m = EVENT_YEAR.matcher(digits && (lower.contains("the 20") || lower.contains("the 19")) ? sentence : null, starts);
        while (m.find()) {
            add(found, sentence, m, new PartialDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR), null, published);
        }
        m = POSSESSIVE_YEAR.matcher(digits && (lower.contains("'s 20") || lower.contains("'s 19") || lower.contains("\u2019s 20")
                || lower.contains("\u2019s 19")) ? sentence : null, starts);
        while (m.find()) {
            add(found, sentence, m, new PartialDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR), null, published);
        }
        m = WEEKDAY_REF.matcher(lower.contains("day") ? sentence : null, starts);
        while (m.find()) {
            add(found, sentence, m, weekday(m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT), m.group(2), published), null,
                    published, true, 0);
        }
        m = THAT_MONTH.matcher(month ? sentence : null, starts);
        while (m.find()) {
            if (Character.isUpperCase(m.group(1).charAt(0))) {
                add(found, sentence, m, null, null, published, false, month(m.group(1)));
            }
        }
        m = THAT_SAME_MONTH.matcher(lower.contains(" month") ? sentence : null, starts);
        while (m.find()) {
            // (only "that month" and "the same month": "the month of Ramadan" is no date)
            add(found, sentence, m, null, null, published, false, SAME_MONTH);
        }
        m = FOLLOWING_MONTH.matcher(month && (lower.contains("following") || lower.contains("next")) ? sentence : null, starts);
        while (m.find()) {
            if (Character.isUpperCase(m.group(1).charAt(0))) {
                add(found, sentence, m, null, null, published, false, month(m.group(1)) + FOLLOWING);
            }
        }
        m = FOLLOWING_SPAN.matcher(lower.contains("following") || lower.contains("next") ? sentence : null, starts);
        while (m.find()) {
            // "returned the visit the following month": a month after the date told last
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            add(found, sentence, m, null, unit.equals("week") ? 7 : unit.equals("month") ? 30 : YEAR_DAYS, published, false, 0);
        }
        m = PREVIOUS_SPAN.matcher(lower.contains("the previous ") || lower.contains("the preceding ") || lower.contains("the prior ")
                || lower.contains(" before") || lower.contains(" earlier") ? sentence : null, starts);
        while (m.find()) {
            String unit = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            add(found, sentence, m, null, unit.equals("week") ? -7 : unit.equals("month") ? -30 : -YEAR_DAYS, published, false, 0);
        }
        // the case-blind patterns are the slowest: run them only where their words are
        boolean span = relative && (lower.contains("after") || lower.contains("earlier") || lower.contains("before")
                || lower.contains("later") || lower.contains(" ago"));
        m = SPAN.matcher(span ? sentence : null, starts);
        while (m.find()) {
            // "came a month after Blinken met Xi": the meeting was a month before the story's day; "a week later": after the last
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int count = count(n);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (unit.startsWith("fortnight")) {
                // "a fortnight ago": two weeks
                count *= 2;
                unit = "weeks";
            }
            String way = m.group(3).toLowerCase(Locale.ROOT);
            if (way.equals("ago")) {
                // "two weeks ago", "three months ago": back from the publication day, as precise as the unit ("a year ago
                // today": that very day)
                boolean today = sentence.startsWith(" today", m.end());
                if (published != null) {
                    add(found, sentence, m, today ? new PartialDate(unit.startsWith("year") ? published.minusYears(count)
                            : unit.startsWith("month") ? published.minusMonths(count) : ago(published, count, unit).first(), DatePrecision.DAY)
                            : ago(published, count, unit), null, published);
                }
                continue;
            }
            if (unit.startsWith("year") && !(way.equals("later") || way.equals("earlier"))) {
                // "a year after the ceasefire": counted from an event the text need not date; "a year later" is from the last
                continue;
            }
            int days = unit.startsWith("day") ? count : unit.startsWith("week") ? 7 * count : unit.startsWith("year") ? YEAR_DAYS * count : 30 * count;
            boolean back = way.equals("earlier") || way.equals("before");
            int thatMonth = way.equals("after") ? AFTER_SPAN : 0;
            int from = m.start();
            int to = m.end();
            boolean besideDay = (way.equals("after") || way.equals("before")) && from >= 2 && sentence.startsWith(", ", from - 2);
            if (besideDay && found.stream().noneMatch(f -> from < f.end() && to > f.start())) {
                // "met Mirziyoyev on Friday, a day after holding talks with Nazarbayev": the talks' span, beside Friday ("on
                // Thursday, a day before meeting Mirziyoyev": a day after Thursday)
                found.add(new Found(from, to, null, back ? -days : days, false, false, back ? BEFORE_SPAN : AFTER_SPAN));
                continue;
            }
            add(found, sentence, m, null, back ? -days : days, published, false, thatMonth);
        }
        m = RELATIVE.matcher(relativeWord ? sentence : null, starts);
        while (m.find()) {
            String what = m.group(1).toLowerCase(Locale.ROOT);
            int from = m.start();
            if ((what.equals("the day after") || what.equals("the day before")) && from >= 2 && sentence.startsWith(", ", from - 2)
                    && found.stream().anyMatch(f -> f.end() == from - 2 && f.date() != null)) {
                // "last met in Sochi on August 10, 2014, the day after Putin held separate meetings with each": the span beside
                // the day, as "a day after holding talks"
                boolean back = what.endsWith("before");
                found.add(new Found(from, m.end(), null, back ? -1 : 1, false, false, back ? BEFORE_SPAN : AFTER_SPAN));
                continue;
            }
            // "Xi and Rahmon last met in Xi'an during the same summit": the day of the meeting told last
            Integer after = what.contains("same day") || what.startsWith("the same ") || what.endsWith("that day") || what.endsWith("in the day")
                    ? Integer.valueOf(0)
                    : what.startsWith("the following") || what.startsWith("the next") || what.startsWith("the day after")
                    // "On the second day" of a visit told day by day: the day after the last meeting
                    || what.equals("the second day") ? Integer.valueOf(1)
                    : what.equals("a day earlier") || what.equals("the day before") || what.equals("a day before")
                    || what.startsWith("the previous") || what.equals("a day after")
                    // "On the previous evening, Kihara and Marles held a separate meeting": the evening before the story's day
                    || what.equals("the evening before") || what.equals("the night before") ? Integer.valueOf(-1) : null;
            PartialDate date = after != null ? null : relative(what, published);
            add(found, sentence, m, date, after, published, date == null || date.precision() == DatePrecision.DAY, 0);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** A month's first three letters: a sentence without any skips the month patterns. */
    private static final List<String> MONTH_PREFIXES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec");

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code count} units before the publication day: a day for days and weeks, the month or the year for longer. */
    private static PartialDate ago(LocalDate published, int count, String unit) {
        return unit.startsWith("day") ? new PartialDate(published.minusDays(count), DatePrecision.DAY)
                : unit.startsWith("week") ? new PartialDate(published.minusWeeks(count), DatePrecision.DAY)
                : unit.startsWith("month") ? new PartialDate(published.minusMonths(count).withDayOfMonth(1), DatePrecision.MONTH)
                // "a year ago": about that month of the year before (two years ago and more: the year)
                : count == 1 ? new PartialDate(published.minusYears(1).withDayOfMonth(1), DatePrecision.MONTH)
                : new PartialDate(published.minusYears(count).withDayOfYear(1), DatePrecision.YEAR);
    }

    private static void add(List<Found> found, String sentence, MatchResult m, PartialDate date, Integer afterPrevious, LocalDate published) {
        add(found, sentence, m, date, afterPrevious, published, false, 0);
    }

    /**
     * @param storyDay  whether it names a day of the story's own week ("on Friday", "yesterday"), not a calendar date
     * @param thatMonth for "that December", the month, to be dated in the year last stated; {@link #SAME_MONTH} and the
     *                  other marks below zero for dates counted from another; else 0
     */
    private static void add(List<Found> found, String sentence, MatchResult m, PartialDate date, Integer afterPrevious, LocalDate published,
                            boolean storyDay, int thatMonth) {
        int start = m.start();
        int end = m.end();
        for (Found f : found) {
            // (not "on Friday, on Sunday held talks": a second date with its own preposition; nor "today, a day after the
            // talks": the day the span beside it counts from)
            boolean ownPhrase = start >= f.end() && sentence.regionMatches(true, start, "on ", 0, 3);
            boolean besideSpan = f.date() == null && (f.thatMonth() == AFTER_SPAN || f.thatMonth() == BEFORE_SPAN) && end <= f.start();
            if (start < f.end() + 3 && end > f.start() - 3 && !ownPhrase && !besideSpan) {
                return;
            }
        }
        if (date == null && afterPrevious == null && thatMonth == 0 && published != null) {
            return;
        }
        // "will be the first since January 11, 2023": "since" looks back whatever came before it
        // "the Group of 20 summit later this year": still to come
        boolean laterThis = sentence.regionMatches(true, start, "this ", 0, 5) && LATER_BEFORE.matcher(sentence.substring(Math.max(0, start - 8), start)).find();
        boolean future = laterThis || FUTURE_BEFORE.matcher(sentence.substring(Math.max(0, start - 40), start)).find()
                && !SINCE_BEFORE.matcher(sentence.substring(Math.max(0, start - 8), start)).find()
                || date != null && published != null && date.first().isAfter(published);
        found.add(new Found(start, end, date, afterPrevious, future, storyDay, thatMonth));
    }

    /** @return the count a word or a number of one or two digits says ("a", "two", "12"), or -1 */
    static int count(String word) {
        Integer small = SMALL_NUMBERS.get(word);
        if (small != null) {
            return small;
        }
        return word.length() <= 2 && !word.isEmpty() && word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : -1;
    }

    /**
     * Whether a month written without a day or year is one: "in June", "in Sept.", not "in Marseille" or "in Mar del Plata"
     * (a month cut short without its dot, before a word, is the start of a name).
     */
    private static boolean monthAlone(String sentence, MatchResult m) {
        int end = m.end(1);
        if (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
            return false;
        }
        String name = m.group(1);
        return name.length() > 4 || name.equals("May") || name.equals("June") || name.equals("July")
                || end < sentence.length() && sentence.charAt(end) == '.';
    }

    /** Whether a word is a month's name ("April", "Sept."), as the date patterns read it. */
    static boolean isMonth(String word) {
        return MONTH_WORD.matcher(word).matches();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static PartialDate day(int year, int month, int day) {
        try {
            return PartialDate.ofDay(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static PartialDate month(int year, int month) {
        return new PartialDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
    }

    /** The words {@link #RELATIVE} can match: a sentence with none skips it ("Monday" alone holds "day" but none of them). */
    private static final List<String> RELATIVE_WORDS = List.of("yesterday", "last night", "last evening", "today", "morning", "afternoon", "evening", "tonight",
            "week", "month", "year", "same day", "that day", "the day", "next day", "following day", "second day", "day after", "day earlier",
            "day before", "previous day", "previous night", "night before", "the same ", "weekend", "last spring", "last summer", "last autumn", "last fall", "last winter",
            "the spring", "the summer", "the autumn", "the fall", "the winter", "fortnight");

    /** Whether a number is followed by "-", "–", "to" or "and" and another number. */
    private static boolean hasRange(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(s.charAt(i)) || i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                continue;
            }
            int k = i + 1;
            while (k < n && s.charAt(k) == ' ') {
                k++;
            }
            if (k < n && (s.charAt(k) == '-' || s.charAt(k) == '–')) {
                k++;
            } else if (s.startsWith("to ", k) || s.startsWith("and ", k)) {
                k = s.indexOf(' ', k);
            } else {
                continue;
            }
            while (k < n && s.charAt(k) == ' ') {
                k++;
            }
            if (k < n && Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** "February 6" is the most recent February 6 on or before publication; a two-digit year is 20yy. */
    private static PartialDate monthDay(int month, int dayOfMonth, String year, LocalDate published) {
        if (year != null) {
            int y = Integer.parseInt(year);
            return day(year.length() == 2 ? 2000 + y : y, month, dayOfMonth);
        }
        if (published == null) {
            return null;
        }
        PartialDate thisYear = day(published.getYear(), month, dayOfMonth);
        if (thisYear != null && !thisYear.first().isAfter(published)) {
            return thisYear;
        }
        return day(published.getYear() - 1, month, dayOfMonth);
    }

    private static PartialDate recentMonth(int month, String yearWords, LocalDate published) {
        if (published == null) {
            return null;
        }
        int year = published.getYear();
        if (yearWords != null && yearWords.contains("last")) {
            year--;
        } else if (yearWords == null && month > published.getMonthValue()) {
            year--;
        }
        return month(year, month);
    }

    private static PartialDate weekday(String modifier, String name, LocalDate published) {
        if (published == null) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        if ("next".equals(modifier)) {
            return PartialDate.ofDay(published.with(TemporalAdjusters.next(day)));
        }
        if ("last".equals(modifier)) {
            return PartialDate.ofDay(published.with(TemporalAdjusters.previous(day)));
        }
        return PartialDate.ofDay(published.with(TemporalAdjusters.previousOrSame(day)));
    }

    /** Northern seasons' first and last months; a winter is told to the year it ends in. */
    private static final Map<String, int[]> SEASONS = Map.of("spring", new int[] {3, 5}, "summer", new int[] {6, 8},
            "autumn", new int[] {9, 11}, "fall", new int[] {9, 11}, "winter", new int[] {1, 2});

    /** "met in the spring": this year's if it has begun by the story's month, else last year's; told to the year. */
    private static PartialDate season(String season, LocalDate published) {
        int year = published.getMonthValue() >= SEASONS.get(season)[0] ? published.getYear() : published.getYear() - 1;
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /**
     * "last autumn": the latest such season over before the month of publication, told to the year it ends in
     * (northern seasons: a winter ends in February).
     */
    private static PartialDate lastSeason(String season, LocalDate published) {
        YearMonth end = YearMonth.of(published.getYear(), SEASONS.get(season)[1]);
        if (!end.isBefore(YearMonth.from(published))) {
            end = end.minusYears(1);
        }
        return new PartialDate(LocalDate.of(end.getYear(), 1, 1), DatePrecision.YEAR);
    }

    private static PartialDate relative(String what, LocalDate published) {
        if (published == null) {
            return null;
        }
        return switch (what) {
            // "at last night's opening dinner": the evening before the story's day
            case "yesterday", "last night", "last evening" -> PartialDate.ofDay(published.minusDays(1));
            case "the day before yesterday" -> PartialDate.ofDay(published.minusDays(2));
            // "earlier in the week": the story's week, told to its month
            case "this week", "earlier in the week", "later in the week" -> month(published.getYear(), published.getMonthValue());
            case "last week" -> month(published.minusWeeks(1).getYear(), published.minusWeeks(1).getMonthValue());
            case "this month", "earlier in the month", "later in the month" -> month(published.getYear(), published.getMonthValue());
            case "last month" -> month(published.minusMonths(1).getYear(), published.minusMonths(1).getMonthValue());
            case "this year" -> new PartialDate(LocalDate.of(published.getYear(), 1, 1), DatePrecision.YEAR);
            case "last year" -> new PartialDate(LocalDate.of(published.getYear() - 1, 1, 1), DatePrecision.YEAR);
            case "the year before last", "year before last" -> new PartialDate(LocalDate.of(published.getYear() - 2, 1, 1), DatePrecision.YEAR);
            case "the week before last", "week before last" -> month(published.minusWeeks(2).getYear(), published.minusWeeks(2).getMonthValue());
            case "the following day", "the next day", "the second day", "the day after" -> null;
            // the weekend before the story's day, told to its month like "last week"
            case "at the weekend", "over the weekend", "last weekend" -> {
                LocalDate saturday = published.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                yield month(saturday.getYear(), saturday.getMonthValue());
            }
            case "last spring", "last summer", "last autumn", "last fall", "last winter" -> lastSeason(what.substring(5), published);
            case "in the spring", "in the summer", "in the autumn", "in the fall", "in the winter", "during the spring",
                 "during the summer", "during the autumn", "during the fall", "during the winter" ->
                    season(what.substring(what.lastIndexOf(' ') + 1), published);
            default -> PartialDate.ofDay(published);
        };
    }
}
