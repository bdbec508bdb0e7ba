package org.diplograph.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;

/**
 * When and where a meeting took place. The date is the one its sentence states near the trigger; else, for a
 * meeting the story tells as news (not one recalled in passing), the date a reader takes from around it, and
 * the rule that says which: the date of a section heading ("Sochi, November 2021."), the day the story last
 * stated ({@code date:story-day}), the page's date line ({@code date:page-line}), or the day of publication for a
 * release, a transcript, a present tense or a lead that states none ({@code date:publication-day}). The place is
 * one introduced near it, the previous meeting's on "the same day", or the article's venue.
 */
final class MeetingDateAndPlace {

    /** A meeting's date and, when the sentence does not state it, the rule that inferred it. */
    record When(PartialDate on, String rule) {
        static final When NONE = new When(null, null);

        boolean stated() {
            return on != null && rule == null;
        }
    }

    /** Words after a trigger that move to another time: a place beyond them is not the meeting's. */
    private static final Pattern PLACE_OF_ANOTHER_TIME = Pattern.compile(
            "\\b(after|since|before|following|until)\\b");
    /** Words that make a meeting one recalled in passing, whose date only its own sentence can give. */
    private static final Set<String> PAST_MARKERS = Words.set("previously", "last", "once", "past", "ago", "first");
    private static final List<String> SUBORDINATORS = List.of(" before ", " until ", " when ", " since ", " while ", " because ",
            " whereas ", " although ", " which ", " who ", " that ");
    /** A noun of meeting after "that", which then stands for the meeting itself. */
    private static final Pattern THAT_NOUN = Pattern.compile("(visit|meeting|meetings|talks|summit|trip)\\b");
    /** A verb of saying right before a date: "said Thursday", "told reporters on Monday". */
    private static final Pattern SAID_DAY = Pattern.compile("\\b(said|says|told|announced|added|stated|reported)(\\s+\\w+)?\\s+(on\\s+)?$");
    /** A meeting verb right before "when": "last met when …", "first met when …". */
    private static final Pattern MET_WHEN = Pattern.compile("\\s*(met|meeting|talks)\\s+when\\s");
    private static final Set<String> VISIT_WORDS = Words.set("visit", "visited", "arrived", "travelled", "traveled", "trip", "tour", "flew", "landed");
    /** A gathering's own sentence: "That meeting took place in Astana on 15 March 2018", "The talks were held on …". */
    private static final List<String> HELD_WORDS = List.of("took place", "was held", "were held", "meeting opened",
            "session opened", "summit opened", "talks opened");
    private static final Pattern HELD = Pattern.compile("(?i)\\b(" + String.join("|", HELD_WORDS) + ")\\b");
    /**
     * The verb of a meeting noun's own clause after a subordinate one ("since the war began was held in …"), or the last
     * of a count told after its span ("have met five times since 2018, most recently in Beijing in May 2023").
     */
    private static final Pattern MAIN_CLAUSE_RESUMES = Pattern.compile(
            "\\b(was|were) held\\b|\\btook place\\b|\\bmost recently\\b"
            // "the meeting between A and B that Secretary Blinken hosted … in February": the clause tells the meeting's own time
            // ("the meeting between A and B, which the Foreign Minister also attended, … on April 14": who was at it)
            + "|\\b(hosted|chaired|co-chaired|convened|brokered|also attended)\\b");
    /**
     * ", and in the spring …", ", and on Tuesday …", ", and we picked it up again today": a clause that opens with its own
     * time or subject (the text is in lower case).
     */
    private static final Pattern NEXT_CLAUSE_TIME = Pattern.compile(
            ", and (in|on|during|later|earlier|then|last|that|this|we|they|he|she)\\b[^,;]*$"
            // "was received by Medvedev, and from Moscow flew on to Tehran, where on May 17 he signed": the next clause's place
            + "|, and [^;]*?, (where|when) [^,;]*$");
    /** A date after these words is not the meeting's: "since the invasion of February 2022". */
    private static final Set<String> NOT_THE_MEETINGS = Words.set("since", "until", "till", "of", "by", "before");
    /** Parts of a year or month that make "of 2018" a time, not a noun's: "in the spring of 2018", "the first week of October". */
    private static final Set<String> PARTS_OF_A_YEAR = Words.set("spring", "summer", "autumn", "fall", "winter", "end", "beginning",
            "start", "middle", "week", "weeks", "half", "part", "days", "quarter", "months", "hours", "weekend", "course", "night", "morning",
            "evening", "afternoon");

    private final Article article;
    private final List<Token> toks;
    private final LocalDate published;
    /** The day the story last stated, for later undated meetings, and its sentence. */
    private PartialDate narrativeDate;
    /** The night the story's traveller arrived, when the story's day is the one after it; or null. */
    private PartialDate arrivalNight;
    private int narrativeSentence = -1;
    /** The last words of {@link #JOURNEY_BEGAN}: a sentence without them needs no look. */
    private static final List<String> JOURNEY_BEGUN = List.of("began", "started", "opened");
    private static final Pattern JOURNEY_BEGAN = Pattern.compile(
            "\\b(trip|tour|visit|swing|journey)\\b[^,;.]{0,40}\\b(" + String.join("|", JOURNEY_BEGUN) + ")\\b");
    private static final List<String> JOURNEY_VERBS = List.of("flew", "travelled", "traveled", "arrived", "went", "moved");
    private static final Pattern JOURNEY_TO = Pattern.compile("\\b(" + String.join("|", JOURNEY_VERBS) + ")\\b");
    private static final Pattern MEETINGS_HELD = Pattern.compile(
            "\\b(held|had)\\s+(\\w+\\s+){0,3}meetings\\b");
    /** Whether {@link #narrativeDate} opened its sentence ("On Wednesday, …"), so the story went back to it on purpose. */
    private boolean narrativeOpened;
    /** The place of the sentence that opened {@link #narrativeDate} ("On Wednesday, the secretary was in Buenos Aires"), or null. */
    private String narrativePlace;
    /** The date of the last heading sentence ("Brussels, 22 May."), and its sentence. */
    private PartialDate headingDate;
    /** The day the story gave a summit, session or conference: the day of meetings "on its margins". */
    private PartialDate eventDate;
    private int headingSentence = -1;
    /** The date and place of the last meeting not recalled in passing, for "the same day". */
    private PartialDate lastMeetingDate;
    private String lastMeetingPlace;
    /** The place of a sentence that names the venue, for meetings whose sentence names none. */
    private String defaultPlace;
    private int firstBodySentence = -1;
    /** The last date a meeting's sentence stated: the year of "that December". */
    private PartialDate lastStated;
    /** The sentences that last stated a date and last told a meeting: "two months later" counts from the later of them. */
    private int lastStatedSentence = -1;
    /** Whether {@link #lastStated} was written with its year ("December 21 to 23, 2022"), not inferred. */
    private boolean lastStatedYearWritten;
    /** A meeting told as on some day of a visit: "During the visit", "In the course of his two-day visit". */
    private static final Pattern DURING_THE_VISIT = Pattern.compile(
            "(?i)^(during|in the course of|over the course of) (the|his|her|their) (([a-z]+-day |official |working |state )?"
            // ("During the two-day meeting, Dunford also sat down with …"; "During the meeting," is the one just told)
            + "(visit|trip|stay|tour)|[a-z]+-day (meeting|ministerial|summit|conference))\\b");
    /** A visit of more than a day: "a two-day visit", "which began on 15 November", "the second full day of". */
    private static final Pattern MANY_DAYS = Pattern.compile(
            "(?i)\\b(two|three|four|five|six|seven|several|multi|[2-9])-day\\b|\\bwhich began on\\b"
            + "|\\b(second|third|fourth|last) (full )?day of\\b");
    /** The rule of a date that is some day of a visit of several days, its month. */
    private static final String DURING_VISIT = "date:during-visit";
    /** A meeting told as part of the journey just dated: "On that trip", "During the same visit". */
    private static final Pattern THAT_TRIP = Pattern.compile(
            "(?i)\\b(on|during) (that|the same) (trip|visit|occasion|tour)\\b");
    /** What ends a clause between a date and a later trigger: "on Wednesday and was received", "last night …, where he met" (not
     * ", when", which goes on with the date before it: "in August 2014, when he and Elbegdorj raised relations"). */
    private static final Pattern CLAUSE_BEFORE = Pattern.compile(
            // ("and was received", not "when he and President Elbegdorj": a verb's "and", not a name's)
            "^,?\\s+and\\b|\\band\\s+(?!(?:he|she|his|her|the|their|its|a|an|they|we|i)\\b)[a-z]|,\\s+where\\b|;");
    /** What stands between a span back ("two weeks ago") and the date it rounds: ", on ", ", in ". */
    private static final Pattern AGO_THEN_DATE = Pattern.compile(",? (on|in) (the )?");
    /** How far from a month told a year-less day of the same sentence may lie and still be of its year. */
    private static final int NEAR_MONTH_DAYS = 62;
    /** A year as written. */
    static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private int lastMeetingSentence = -1;

    MeetingDateAndPlace(Article article) {
        this.article = article;
        this.toks = article.toks;
        this.published = article.published;
    }

    /**
     * Whether the story's first sentence names every person the headline's clause of the trigger names ("A meets B; C holds
     * talks with D": the clause's own).
     */
    private boolean ledeNamesAll(Sentence headline, MeetingTriggers.Trigger t) {
        if (firstBodySentence < 0) {
            return false;
        }
        Set<Person> named = new HashSet<>();
        for (Sentence.Mention m : article.sentences.get(firstBodySentence).mentions) {
            if (m.person != null) {
                named.add(m.person);
            }
        }
        return headline.mentions.stream().filter(m -> m.person != null && !semicolonBetween(Math.min(m.end, t.start()),
                Math.max(m.start, t.end()))).allMatch(m -> named.contains(m.person));
    }

    /** Whether a token from {@code from} (inclusive) to {@code to} (exclusive) is a semicolon. */
    private boolean semicolonBetween(int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, toks.size()); k++) {
            if (toks.get(k).is(";")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day of the week before publication the story's first sentence states in its main clause ("yesterday", "on
     * Tuesday"), or null: when a headline's meeting took place, if its sentence says nothing.
     */
    PartialDate ledeDay() {
        if (firstBodySentence < 0 || published == null) {
            return null;
        }
        Sentence lede = article.sentences.get(firstBodySentence);
        for (Dates.Found f : lede.dates) {
            String before = lede.lower().substring(0, f.start());
            // (not a clause's of someone else, nor a span's start: "have been working since Thursday evening")
            if (f.date() != null && !f.future() && f.date().precision() == DatePrecision.DAY && f.date().first().isBefore(published)
                    && !f.date().first().isBefore(published.minusDays(7)) && !before.contains(", who ") && !before.contains(", which ")
                    && !before.endsWith("since ") && !before.endsWith("until ")) {
                return f.date();
            }
        }
        return null;
    }

    /** First pass: notes a venue the sentence names and the dates it states. */
    void read(Sentence s) {
        if (s.text.contains("venue") && !s.places.isEmpty()) {
            defaultPlace = s.places.get(0).name();
        }
        List<Dates.Found> found = Dates.find(s.text, s.lower(), published);
        if (!found.isEmpty()) {
            s.dates = found;
        }
        if (firstBodySentence < 0 && !article.inHeadline(s) && s.to - s.from > 8) {
            firstBodySentence = s.index;
        }
    }

    /**
     * "Lapid met his counterpart in June 2021. On 30 September that year …": a day told with "that year" is dated in the
     * year the sentence or the story told last, before the sentence is read for meetings; dropped when none was told.
     */
    void placeInToldYear(Sentence s) {
        if (s.dates.stream().noneMatch(f -> f.thatMonth() >= Dates.THAT_YEAR_DAY)) {
            return;
        }
        List<Dates.Found> placed = new java.util.ArrayList<>();
        PartialDate from = lastStated;
        for (Dates.Found f : s.dates) {
            if (f.thatMonth() < Dates.THAT_YEAR_DAY) {
                from = f.date() != null && !f.future() && !f.storyDay() ? f.date() : from;
                placed.add(f);
                continue;
            }
            int monthDay = f.thatMonth() - Dates.THAT_YEAR_DAY;
            java.time.YearMonth month = from == null ? null : java.time.YearMonth.of(from.first().getYear(), monthDay / 100);
            if (month != null && month.isValidDay(monthDay % 100)) {
                placed.add(new Dates.Found(f.start(), f.end(), new PartialDate(month.atDay(monthDay % 100), DatePrecision.DAY),
                        null, false, false, 0));
            }
        }
        s.dates = placed;
    }

    /**
     * A day of the story's week a sentence states ("on Friday", "yesterday") becomes the story's date for later
     * undated meetings (a calendar date only when a meeting states it: "restored its membership on May 7" is
     * background); a heading's date ("Brussels, 22 May.") becomes the section's.
     */
    void advanceNarrative(Sentence s) {
        boolean visitDated = false;
        Dates.Found visitDay = null;
        // whether the sentence says a gathering "took place" or "was held": read once, for its first day
        Boolean held = null;
        for (Dates.Found f : s.dates) {
            if (!f.future() && f.date() == null && f.start() == 0 && f.afterPrevious() != null && f.afterPrevious() > 0
                    && f.afterPrevious() <= 7 && f.thatMonth() == 0 && JOURNEY_TO.matcher(s.text).find()
                    && lastMeetingDate != null && lastMeetingDate.precision() == DatePrecision.DAY) {
                // "The next day, Hagel flew to Jakarta. He met Yudhoyono in the morning": the journey's day is the story's
                narrativeDate = PartialDate.ofDay(lastMeetingDate.first().plusDays(f.afterPrevious()));
                narrativeSentence = s.index;
                narrativeOpened = true;
                narrativePlace = lastPlace(s);
            }
            if (f.future() || f.date() == null) {
                continue;
            }
            if (!f.storyDay()) {
                // "In July 2019 …. When the two met that September": the year the text last stated (a day told in it
                // without its year counts as written in it)
                PartialDate told = inToldYear(s, f);
                lastStatedYearWritten = yearWritten(s, f) || !told.equals(f.date());
                lastStated = told;
                lastStatedSentence = s.index;
            }
            if (eventDate == null && f.date().precision() == DatePrecision.DAY && published != null
                    && !f.date().first().isAfter(published) && Words.containsAny(s.lower(), GATHERING_WORDS) && EVENT.matcher(s.text).find()) {
                eventDate = f.date();
            }
            boolean heading = s.to - s.from <= 8 && s.mentions.isEmpty();
            // ("travelled to Bulgaria from 17 to 19 April for … preparations for the Summit in July": the visit's first)
            // ("That meeting took place in Astana on 15 March 2018. Nazarbayev received …": the day of what the next
            // sentences tell)
            if (held == null && f.date().precision() == DatePrecision.DAY) {
                held = Words.containsAny(s.lower(), HELD_WORDS) && HELD.matcher(s.text).find();
            }
            if (heading || (visit(s) || held == Boolean.TRUE && f.date().precision() == DatePrecision.DAY) && !visitDated && !modifiesNoun(s, f) && !sinceClause(s, f) && !inRelativeClause(s, f)) {
                visitDated = !heading;
                visitDay = visitDated ? f : null;
                // "visited Kibbutz Be'eri, where he saw what the attacks of 7 October left": that day is not the visit's
                // "Brussels, 22 May.", "paid a state visit to China from 25 to 27 July": the section's or the visit's date
                headingDate = f.date();
                headingSentence = s.index;
            }
            if ((f.storyDay() || heading) && f.date().precision() == DatePrecision.DAY && published != null
                    && !f.date().first().isAfter(published) && !withinRelative(s, f) && !aboutTheTour(s, visitDay, f)) {
                // ("on the sidelines of the Forum, which opens on Friday": a relative clause's day moves no story)
                // ("He arrived in Georgia late last night. He began the day with talks with …": the day after a night's arrival)
                arrivalNight = nightArrival(s, f) ? f.date() : null;
                narrativeDate = arrivalNight != null ? PartialDate.ofDay(f.date().first().plusDays(1)) : f.date();
                narrativeSentence = s.index;
                // "On Wednesday, the secretary was in Buenos Aires": a day that opens its sentence moves the story there
                // as does a journey's start: "The trip began Monday in Brasilia"
                // and so do the day's meetings told together: "Modi held three bilateral meetings yesterday"
                narrativeOpened = f.start() == 0 || Words.containsAny(s.text, JOURNEY_BEGUN) && JOURNEY_BEGAN.matcher(s.text).find()
                        || s.text.contains("meetings") && MEETINGS_HELD.matcher(s.text).find();
                // ("He flew on to Managua on Tuesday. Moncada met him at the airport": the journey's end is the day's place)
                narrativePlace = narrativeOpened || Words.containsAny(s.text, JOURNEY_VERBS) && JOURNEY_TO.matcher(s.text).find() ? lastPlace(s) : null;
            }
        }
    }

    /** Whether a day is a night's an arrival sentence tells: "arrived in Georgia late last night", "arrived on Sunday night". */
    private boolean nightArrival(Sentence s, Dates.Found f) {
        String told = s.text.substring(f.start(), f.end());
        boolean night = told.endsWith("night") && !told.endsWith("tonight") || s.text.startsWith(" night", f.end());
        return night && s.text.contains("arrived") && published != null && !f.date().first().plusDays(1).isAfter(published);
    }

    /** Who receives a traveller at his arrival: "She was received by", "was welcomed at the airport by". */
    private static final Set<String> GREETINGS = Set.of("meeting:received", "meeting:welcomed", "meeting:greeted");

    /**
     * "Hasina arrived in New Delhi yesterday. At Palam Air Force Station she was received by Jardosh": the reception
     * the sentence right after an arrival tells is on the arrival's day, not the story's.
     */
    private boolean greetedOnArrival(Sentence s, MeetingTriggers.Trigger t) {
        return GREETINGS.contains(t.rule()) && narrativeSentence == s.index - 1 && s.index >= 1
                && article.sentences.get(s.index - 1).text.contains("arrived");
    }

    /** The last place a sentence names, else the last country ("flew on to Nicaragua"); or null. */
    private String lastPlace(Sentence s) {
        for (int i = s.places.size() - 1; i >= 0; i--) {
            if (!topicPlace(s, s.places.get(i).start())) {
                return s.places.get(i).name();
            }
        }
        for (int i = s.states.size() - 1; i >= 0; i--) {
            Sentence.State st = s.states.get(i);
            if (!st.alliance() && !topicPlace(s, st.start())) {
                return article.text.substring(toks.get(st.start()).start, toks.get(st.end() - 1).end);
            }
        }
        return null;
    }

    /** Words after which "there" opens a clause of being, not a place: "There was no meeting". */
    private static final Set<String> EXISTENTIAL = Words.set("is", "was", "were", "are", "has", "have", "had", "will", "would", "may", "might",
            "could", "should", "seems", "seemed", "appears", "appeared", "remains", "remained");

    /** Whether the sentence says "there" for a place: "held talks there", "There he saw". */
    private boolean thereAdverb(Sentence s) {
        for (int k = s.analysisFrom; k < s.to; k++) {
            if (toks.get(k).is("there") && !(k + 1 < s.to && EXISTENTIAL.contains(toks.get(k + 1).lower))) {
                return true;
            }
        }
        return false;
    }

    /** Whether ", then" follows the trigger in its sentence: a sequence of the story's meetings, not one recalled. */
    private boolean thenLater(Sentence s, MeetingTriggers.Trigger t) {
        for (int k = t.end(); k + 1 < s.to; k++) {
            if (toks.get(k).is(",") && toks.get(k + 1).is("then")) {
                return true;
            }
        }
        return false;
    }

    /** A clause on the tour a visit is part of: "a regional visit that continues today in Zagreb". */
    private static final Pattern TOUR_THAT = Pattern.compile("\\b(?:visit|tour|trip|journey)\\s+(?:that|which)\\b");

    /**
     * "visited Tbilisi today, the last stop of a tour that took him to Moldova earlier this week and to Ukraine yesterday":
     * a day told in an apposition, or in a clause on the tour, after the visit's own is another stop's.
     */
    private static boolean aboutTheTour(Sentence s, Dates.Found visitDay, Dates.Found f) {
        if (visitDay == null || f.start() <= visitDay.end()) {
            return false;
        }
        String between = s.text.substring(visitDay.end(), f.start());
        // ("visited Belgrade yesterday (30 May) as part of a regional visit that continues today in Zagreb": the tour's next stop)
        return between.startsWith(", the ") || between.startsWith(", a ") || TOUR_THAT.matcher(between).find();
    }

    /**
     * Whether a date stands inside a relative clause about a thing (", which …") still open where it stands ("the Forum,
     * which opens on Friday"); a person's (", who arrived last night") tells of his journey, which the story follows.
     */
    private boolean withinRelative(Sentence s, Dates.Found f) {
        String text = s.lower();
        int which = text.lastIndexOf(", which ", f.start());
        return which >= 0 && relativeCloses(text, which + 2) > f.start();
    }

    /**
     * "Tusk, whose coalition took office on Dec. 13, arrived in Kyiv": a date inside a relative clause is that clause's,
     * not the visit's, when the visit is told after the clause closes ("Blinken, who arrived on 12 May, …" keeps it).
     */
    private boolean inRelativeClause(Sentence s, Dates.Found f) {
        String text = s.text.toLowerCase(java.util.Locale.ROOT);
        int who = Math.max(text.lastIndexOf(", who ", f.start()), Math.max(text.lastIndexOf(", whose ", f.start()),
                text.lastIndexOf(", which ", f.start())));
        int closes = who < 0 ? -1 : relativeCloses(text, who + 2);
        if (closes <= f.start() || closes == Integer.MAX_VALUE) {
            return false;
        }
        int base = toks.get(s.from).start;
        for (int k = s.analysisFrom; k < s.to; k++) {
            if (VISIT_WORDS.contains(toks.get(k).lower) && toks.get(k).start - base > closes) {
                return true;
            }
        }
        return false;
    }

    /** "on his first visit since he assumed command in May": a date after "since" in its clause is an earlier time's. */
    private static boolean sinceClause(Sentence s, Dates.Found f) {
        String before = s.text.substring(0, f.start());
        int since = before.lastIndexOf(" since ");
        return since >= 0 && before.indexOf(',', since) < 0;
    }

    /** "the state visit hosted by King Charles": a visit's host, named by its participle. */
    private boolean visitHosted(MeetingTriggers.Trigger t) {
        int k = t.start() - 1;
        return k >= 0 && toks.get(t.start()).is("hosted") && t.end() < toks.size() && toks.get(t.end()).is("by")
                && VISIT_NOUNS.contains(toks.get(k).lower);
    }

    /** What a host's participle may follow: "the state visit hosted by King Charles". */
    private static final java.util.Set<String> VISIT_NOUNS = Words.set("visit", "visits", "trip", "stay");

    /**
     * The meeting's date: stated near the trigger, or inferred (then with its rule), or none. Talks told as lasting days
     * ("wrapped up two days of discussions on Saturday", "a three-day visit") are dated to the month.
     */
    When dateOf(Sentence s, MeetingTriggers.Trigger t) {
        When day = closedOn(s, t);
        day = day != null ? day : dayOf(s, t);
        if (day.on() == null || day.on().precision() != DatePrecision.DAY || !overDays(s, t)) {
            return day;
        }
        return new When(new PartialDate(day.on().first().withDayOfMonth(1), DatePrecision.MONTH), day.rule());
    }

    /**
     * "co-hosted the annual Chiefs of Defence meeting, which concluded in Helsinki yesterday": the day a relative clause on
     * the gathering just named tells it ended or was held; or null.
     */
    private When closedOn(Sentence s, MeetingTriggers.Trigger t) {
        for (int k = t.end(); k + 3 < Math.min(s.to, t.end() + 13); k++) {
            if (!Meetings.SESSIONS.contains(toks.get(k).lower) || !toks.get(k + 1).is(",") || !toks.get(k + 2).is("which")
                    || !CLOSED.contains(toks.get(k + 3).lower)) {
                continue;
            }
            int from = toks.get(k + 3).start - toks.get(s.from).start;
            for (Dates.Found f : s.dates) {
                if (f.start() > from && f.date() != null && !f.future() && f.date().precision() == DatePrecision.DAY
                        && !s.text.substring(from, f.start()).contains(",")) {
                    return new When(f.date(), null);
                }
            }
            return null;
        }
        return null;
    }

    /** Verbs of a gathering's end or holding in a relative clause: "which concluded", "which was held". */
    private static final Set<String> CLOSED = Words.set("concluded", "ended", "closed", "was", "took", "met", "opened", "began");

    /** "two days of talks", "a three-day visit", "two-day talks" at the trigger (from a few words before it to its end). */
    private boolean overDays(Sentence s, MeetingTriggers.Trigger t) {
        for (int k = Math.max(s.analysisFrom, t.start() - 6); k + 1 < Math.min(s.to, t.end()); k++) {
            Token w = toks.get(k);
            Token next = toks.get(k + 1);
            if (Dates.count(w.lower) > 1 && (next.is("days") && k + 2 < s.to && toks.get(k + 2).is("of")
                    || next.is("-") && k + 2 < s.to && toks.get(k + 2).is("day"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a long time ago", "many years ago", "decades ago", "a few weeks ago": a past the text does not date ("not so long
     * ago" is recent; "a few weeks" may be two or eight).
     */
    private static final Pattern INDEFINITE_PAST = Pattern.compile(
            "(?i)(?<!\\bso\\s)\\b(?:a\\s+long\\s+time|long|many\\s+years|some\\s+years|years|decades|a\\s+generation"
            + "|(?:a\\s+few|several|some|few)\\s+(?:days|weeks|months))\\s+ago\\b");

    /** A week of the story's, told to its month: a weekday inside it is the day ("last week, … on Thursday"). */
    private static final Pattern WEEK_TOLD = Pattern.compile("(?i)\\b(?:last|this|earlier this|later this|earlier in the|later in the)\\s+week\\b");

    /** A day's possessive whose noun follows on an earlier meeting: "'s discussions built on", "'s visit follows". */
    private static final Pattern FOLLOWS_ON = Pattern.compile("['\u2019]s\\s+\\p{L}+\\s+(?:follows|followed|builds|built|comes|came)\\b");

    /** "'s meeting came a day after", "'s visit comes two days after": how many days the told meeting came before. */
    private static final Pattern DAYS_AFTER = Pattern.compile(
            "['\u2019]s\\s+\\p{L}+\\s+(?:follows|followed|comes|came)\\s+(a|one|two|three|four|five|six|\\d{1,2})\\s+days?\\s+after\\b");

    /** A clause of its own after the trigger's: ", but", "; ". */
    private static final Pattern BUT_CLAUSE = Pattern.compile(",\\s+but\\b|;");

    /** Words that end a span's clause before a calendar date: "Eight months later …, and a meeting … in June 2019". */
    private static final Pattern SPAN_TO_DATE_BREAK = Pattern.compile("\\band\\b|;|\\bbut\\b|\\bwhile\\b");

    private When dayOf(Sentence s, MeetingTriggers.Trigger t) {
        if (s.dates.isEmpty() && s.lower().contains("ago") && INDEFINITE_PAST.matcher(s.text).find()) {
            // "The first time I came here was a long time ago, when I met Secretary Albright": no day the story tells
            return When.NONE;
        }
        Dates.Found best = null;
        List<Dates.Found> admissible = new java.util.ArrayList<>(s.dates.size());
        Dates.Found modifier = null;
        int triggerChar = toks.get(t.start()).start - toks.get(s.from).start;
        int triggerEnd = toks.get(t.end() - 1).end - toks.get(s.from).start;
        for (Dates.Found f : s.dates) {
            if (f.future() || f.date() == null && f.afterPrevious() == null && f.thatMonth() == 0 && published != null) {
                continue;
            }
            if (f.thatMonth() == Dates.AFTER_SPAN && f.start() < triggerChar && s.text.substring(f.end(), triggerChar).contains(",")
                    && !SPAN_THEN_WHERE.matcher(s.text.substring(f.end(), triggerChar)).matches()) {
                // "travelled to Kyiv on 3 October, two days after taking office, and held talks": dates the office, not the talks
                // ("less than a month after Blinken's trip to Beijing, where he held talks": the trip's, so the talks')
                continue;
            }
            if (FOLLOWS_ON.matcher(s.text.substring(f.end())).lookingAt() && triggerChar > f.end() + 12) {
                // "Today's discussions built on the meeting between A and B on Friday", "Today's visit follows President
                // Trump's meeting with B": the day is the one that follows, not the meeting it follows
                java.util.regex.Matcher daysAfter = DAYS_AFTER.matcher(s.text.substring(f.end()));
                int days = daysAfter.lookingAt() ? Dates.count(daysAfter.group(1).toLowerCase(java.util.Locale.ROOT)) : -1;
                if (days > 0 && f.date() != null && f.date().precision() == DatePrecision.DAY
                        && triggerChar > f.end() + daysAfter.end()) {
                    // "Today's meeting came a day after Zuma held talks with Gaddafi": that many days before the day
                    return new When(PartialDate.ofDay(f.date().first().minusDays(days)), "date:days-before-told");
                }
                continue;
            }
            if (f.start() > triggerEnd && BUT_CLAUSE.matcher(s.text.substring(triggerEnd, f.start())).find()) {
                // "Yesterday in Rome we sat at the meeting hosted by Minister Terzi, but today the two of us could go through
                // every issue": the next clause's day
                continue;
            }
            if (inOtherClause(s, f, triggerChar) || ofTheVerbBefore(s, f, triggerChar)) {
                // "Blinken, who arrived in Beijing on Sunday, held talks with Qin": the arrival's day, not the talks'
                continue;
            }
            // ("a communiqué signed in Vilnius on 7 June 2022 by A and B": a date inside the trigger is its own)
            if (modifiesNoun(s, f) && !(f.start() > triggerChar && f.end() <= triggerEnd)) {
                modifier = modifier == null ? f : modifier;
                continue;
            }
            admissible.add(f);
            if (best == null || Math.abs(f.start() - triggerChar) < Math.abs(best.start() - triggerChar)) {
                best = f;
            }
        }
        if (best != null && best.end() <= triggerChar && !WEEK_TOLD.matcher(s.text.substring(best.start(), best.end())).find()
                && CLAUSE_BEFORE.matcher(s.text.substring(best.end(), triggerChar)).find()) {
            // "arrived last night from London, where he held talks with Raab on Wednesday and was received by Johnson on
            // Thursday": a day the clause before told yields to the one the trigger's own clause tells after it (a week told
            // before is the weekday's: "was in Prague last week, where he held talks with B on Thursday", refined below)
            for (Dates.Found f : admissible) {
                if (f.start() >= triggerEnd && f.date() != null && f.afterPrevious() == null
                        && !SPAN_TO_DATE_BREAK.matcher(s.text.substring(triggerEnd, f.start())).find()) {
                    best = f;
                    break;
                }
            }
        }
        boolean recalledBySpan = false;
        for (Dates.Found f : admissible) {
            if (best.thatMonth() == Dates.AFTER_SPAN && best.start() < triggerChar && f.date() != null && !f.storyDay()
                    && f.afterPrevious() == null && f.start() > triggerChar
                    && !SPAN_TO_DATE_BREAK.matcher(s.text.substring(triggerChar, f.start())).find()) {
                // "less than a fortnight after Luxon and Albanese held their first Leaders' Meeting in Canberra on August 16":
                // the day the meeting's own clause tells, not the span back from the story's (a day recalled, which moves no
                // story: "The summit came three weeks after Sisi hosted the Cairo Summit on 21 October")
                best = f;
                recalledBySpan = true;
            }
            if (best.date() == null && best.afterPrevious() != null && best.afterPrevious() != 0 && best.thatMonth() == 0
                    && f.date() != null && !f.storyDay() && f.afterPrevious() == null && f.start() > best.end()
                    && !SPAN_TO_DATE_BREAK.matcher(s.text.substring(best.end(), f.start())).find()) {
                // "had last met six weeks earlier, on 2 March", "visited Quito the year before, meeting Moreno in June 2018":
                // the calendar date told after a span is the span's own
                best = f;
            }
            if (best.date() != null && f.date() != null && !f.storyDay() && f.afterPrevious() == null && f.start() > best.end()
                    && s.text.startsWith(" ago", best.end() - 4) && AGO_THEN_DATE.matcher(s.text.substring(best.end(), f.start())).matches()) {
                // "we saw each other just over two weeks ago, on July 19 in Tehran": the day told, not the span's count
                best = f;
            }
            LocalDate near = best.date() != null && f.date() != null && !f.storyDay() && f.afterPrevious() == null
                    && f.date().precision() == DatePrecision.DAY
                    && best.date().precision() != DatePrecision.DAY && f.start() > best.end() && !yearWritten(s, f)
                    && best.date().first().getYear() != f.date().first().getYear() ? nearMonth(f.date().first(), best.date()) : null;
            if (near != null) {
                // "Trump was back in February 2019, calling on Trong … on Feb. 27", "in 2019, when Trump received Battulga at
                // the White House on July 31": the day, in the year of the month or year told
                f = new Dates.Found(f.start(), f.end(), PartialDate.ofDay(near), null, false, false, f.thatMonth());
            }
            String bestText = s.text.substring(best.start(), best.end());
            boolean weekTold = best.date() != null && WEEK_TOLD.matcher(bestText).find();
            if (weekTold && f.storyDay() && f.date() != null && f.date().precision() == DatePrecision.DAY && published != null
                    && bestText.toLowerCase(java.util.Locale.ROOT).startsWith("last")
                    && !f.date().first().isBefore(published.with(java.time.DayOfWeek.MONDAY))) {
                // "last week, … on Thursday" under a Thursday's dateline: the Thursday of the week before
                f = new Dates.Found(f.start(), f.end(), PartialDate.ofDay(f.date().first().minusWeeks(1)), null, false, true,
                        f.thatMonth());
            }
            if (best.date() != null && f.date() != null && (!f.storyDay() || weekTold) && f.afterPrevious() == null
                    && f.date().precision() == DatePrecision.DAY && best.date().precision() != DatePrecision.DAY
                    && (!f.date().first().isBefore(best.date().first()) && !f.date().first().isAfter(best.date().last())
                        // ("Earlier in the week, … on Monday", published on a Saturday the 1st: the week, not its month)
                        || weekTold && f.storyDay())) {
                // "in mid-September, where he was received by President Xi on Sept. 15": the day within the month told;
                // "in Istanbul last week, where he held talks with Cavusoglu on Thursday": the weekday within the week
                best = f;
            }
        }
        best = best == null ? null : inYearOfItsMonth(s, best);
        // "since May 2017, when Macron received Putin": a date after "since" is the meeting's when no other is stated
        boolean fromModifier = best == null && modifier != null && modifier.start() < triggerChar;
        best = best != null ? best : fromModifier ? modifier : null;
        if (best != null && best.thatMonth() == Dates.BEFORE_SPAN && best.start() < triggerChar) {
            // "held talks with Nazarbayev on Thursday, a day before meeting Mirziyoyev": that far after the date told
            Dates.Found told = toldBefore(s, best);
            if (told != null) {
                return shifted(told.date(), -best.afterPrevious(), "date:after-date-told");
            }
        }
        if (best != null && best.thatMonth() == Dates.AFTER_SPAN) {
            // "came a month after Blinken met Xi": that far before the story's day; "met a week after the summit": unknown;
            // "in November 2022, five months after the two first met": that far before the date the sentence told
            Dates.Found told = toldBefore(s, best);
            return best.start() >= triggerChar ? When.NONE
                    : told != null ? shifted(told.date(), -best.afterPrevious(), "date:before-date-told")
                    : shifted(storyDay(), -best.afterPrevious(), "date:before-story-day");
        }
        if (best != null && (best.thatMonth() > 0 || best.thatMonth() == Dates.SAME_MONTH)) {
            // "visited Hollande in April 2015, and hosted him the following January": from a date its own sentence told first
            PartialDate from = lastStated;
            for (Dates.Found f : s.dates) {
                if (f.date() != null && !f.future() && f.end() <= best.start()) {
                    from = f.date();
                }
            }
            if (from == null) {
                return When.NONE;
            }
            if (best.thatMonth() == Dates.SAME_MONTH) {
                // "That same month, Popescu received …": the month of the date told last
                return new When(new PartialDate(from.first().withDayOfMonth(1), DatePrecision.MONTH), null);
            }
            int month = best.thatMonth() > Dates.FOLLOWING ? best.thatMonth() - Dates.FOLLOWING : best.thatMonth();
            // "in April 2015 … the following January": January 2016
            boolean nextYear = best.thatMonth() > Dates.FOLLOWING && month <= from.first().getMonthValue();
            int year = from.first().getYear() + (nextYear ? 1 : 0);
            return new When(new PartialDate(java.time.YearMonth.of(year, month).atDay(1), DatePrecision.MONTH), null);
        }
        if (best != null) {
            if (best.afterPrevious() != null) {
                // "stood beside Putin at the parade in May 2018 … met again two months later": from the date told last
                PartialDate last = lastStated != null && lastStatedSentence > lastMeetingSentence ? lastStated : lastMeetingDate;
                Dates.Found toldHere = best.afterPrevious() >= 0 ? toldBefore(s, best) : null;
                if (toldHere != null && (best.afterPrevious() == 0 ? toldHere.date() != null : !toldHere.storyDay())) {
                    // "stood beside Putin at the parade in May 2018, and the two met again two months later": from the date
                    // the sentence itself told first; "flew in yesterday evening from Ulaanbaatar, where he had met earlier
                    // in the day with Enkhbold": the day its own sentence told, even a day of the story's week
                    // (in the year the story told: "went to Amman in December 2014. On 9 December …; the King received him
                    // the following day")
                    last = inToldYear(s, toldHere);
                }
                if (best.afterPrevious() == 0 && toldHere == null && article.header.pageDate != null && lastMeetingDate != null
                        && s.index - lastMeetingSentence > 3
                        && Math.abs(lastMeetingDate.first().toEpochDay() - article.header.pageDate.toEpochDay()) > 31) {
                    // "7. On the same day, Minister Kamikawa also called on President Thuong", paragraphs after a meeting of
                    // the year before recalled: the day of the page's own meeting
                    last = PartialDate.ofDay(article.header.pageDate);
                } else if (best.afterPrevious() == 0 && last != null && last != lastMeetingDate && lastMeetingDate != null
                        && lastMeetingDate.precision() == DatePrecision.DAY
                        && Math.abs(last.first().toEpochDay() - lastMeetingDate.first().toEpochDay()) > 31) {
                    // "Verma met Arévalo yesterday … backs a transfer of power on January 14. Earlier in the day, the Deputy
                    // Secretary called on Giammattei": the day of the meeting told, not a date far from it told since
                    last = lastMeetingDate;
                }
                if (last != null && last.precision() != DatePrecision.DAY && s.text.startsWith("in the day", best.end() - 10)) {
                    // "Kihara visited the Pentagon in April. Later in the day Austin met …": a day, so the story's
                    last = lastMeetingDate != null && lastMeetingDate.precision() == DatePrecision.DAY ? lastMeetingDate : null;
                }
                // ("The two first met in Baku the month before", after their talks of March 2017: February 2017)
                PartialDate story = storyDay();
                boolean fromLast = last != null && !(best.afterPrevious() < 0 && last.equals(story));
                PartialDate base = fromLast ? last : story;
                return best.afterPrevious() == 0 ? (base == null ? When.NONE : new When(base, "date:same-day"))
                        : shifted(base, best.afterPrevious(), !fromLast ? "date:before-story-day"
                                : best.afterPrevious() < 0 ? "date:before-last-told" : "date:after-last-meeting");
            }
            // (under a page's date line, a day months before it is a meeting recalled: "the declarations Trump and Duda
            // signed on June 12", in a readout of February: the readout's own meetings stay the page's day)
            // (nor, once the story has told a meeting of its own day, a day months before: "…, agreed by A and B when they met
            // in London on 2 August 2012" in a release of March 2013 about today's session)
            boolean recalledUnderPageDate = article.header.pageDate != null
                    && best.date().first().isBefore(article.header.pageDate.minusDays(31))
                    || published != null && PartialDate.ofDay(published).equals(lastMeetingDate)
                    && best.date().first().isBefore(published.minusDays(31));
            if (best.date() != null && best.date().precision() == DatePrecision.DAY && published != null && !fromModifier
                    && !best.date().first().isAfter(published) && !recalledUnderPageDate && !recalledBySpan && !pluperfect(s, t)) {
                // "the attacks of 7 October" dates no later sentence (nor "Aliyev, who had visited NATO Headquarters on 15
                // February, received him": a past before the story's)
                narrativeDate = best.date();
                narrativeSentence = s.index;
                narrativeOpened = false;
                narrativePlace = null;
            }
            PartialDate date = recalledBySpan ? best.date() : inToldYear(s, best);
            lastStated = date != null ? date : lastStated;
            return new When(date, null);
        }
        if (lastStated != null && lastStatedSentence >= s.index - 2 && THAT_TRIP.matcher(s.text).find()) {
            // "The chairman last came to Israel in March 2014. On that trip he called on Netanyahu": that trip's date
            return new When(lastStated, "date:that-trip");
        }
        if (lastMeetingDate != null && lastMeetingSentence == s.index - 1 && thereAfter(s, t)) {
            // "… when the three leaders met in Algiers in early March. Tebboune and Saied also held a separate meeting
            // there": where, so when, the meeting just told took place
            return new When(lastMeetingDate, "date:that-trip");
        }
        if (recalled(s, t)) {
            return When.NONE;
        }
        if (eventDate != null && ON_ITS_MARGINS.matcher(s.text).find()) {
            // "The 51st Session, held on Sunday, 4 June 2017 … On the margins of the Summit, Netanyahu held talks with …": the
            // day of the gathering the story dated
            return new When(eventDate, "date:event-day");
        }
        if (headingDate != null && headingSentence > narrativeSentence) {
            return new When(headingDate, "date:heading");
        }
        if (narrativeDate != null && lastMeetingDate != null && lastMeetingDate.precision() == DatePrecision.DAY && !narrativeOpened
                && narrativeSentence > lastMeetingSentence && narrativeDate.first().isBefore(lastMeetingDate.first())
                && !greetedOnArrival(s, t)) {
            // "met Makarov here today. Mullen arrived in Moscow yesterday. … Mullen also called on Serdyukov": a step back
            // in time is background; the story's day is still the meeting's
            return new When(lastMeetingDate, "date:story-day");
        }
        if (narrativeDate != null && narrativeDate.precision() == DatePrecision.DAY && DURING_THE_VISIT.matcher(s.text).lookingAt()
                && (MANY_DAYS.matcher(s.text).find() || MANY_DAYS.matcher(article.text).find())) {
            // "During the visit, which began on 15 November, Lord Ahmad called on …", "In the course of the two-day visit":
            // some day of the visit, its month
            return new When(new PartialDate(narrativeDate.first().withDayOfMonth(1), DatePrecision.MONTH), DURING_VISIT);
        }
        if (narrativeDate != null && narrativeDate.precision() == DatePrecision.DAY && visitHosted(t)
                && (MANY_DAYS.matcher(s.text).find() || MANY_DAYS.matcher(article.text).find())) {
            // "on the second full day of Yoon's state visit, the first state visit hosted by King Charles": the host met
            // him some day of the visit, not on the story's day
            return new When(new PartialDate(narrativeDate.first().withDayOfMonth(1), DatePrecision.MONTH), DURING_VISIT);
        }
        if (narrativeDate != null) {
            // (the traveller's welcome at the airport, after a night's arrival, is on the night's day)
            return new When(arrivalNight != null && greetedOnArrival(s, t) ? arrivalNight : narrativeDate, "date:story-day");
        }
        PartialDate lede = article.inHeadline(s) && !ledeNamesAll(s, t) ? ledeDay() : null;
        if (lede != null) {
            // "Pavel meets Duda" over "Pavel travelled to Warsaw yesterday for talks on energy": the day the lede tells (not
            // over "Maduro received Lavrov late on Tuesday", which tells the meeting itself and dates it)
            return new When(lede, "date:lede");
        }
        if (article.header.pageDate != null) {
            return new When(PartialDate.ofDay(article.header.pageDate), "date:page-line");
        }
        if (published != null && (t.present() || article.header.publisherScope != null || s.speaker != null
                || s.index <= firstBodySentence)) {
            return new When(PartialDate.ofDay(published), "date:publication-day");
        }
        if (published != null && PartialDate.ofDay(published).equals(lastMeetingDate) && s.index - lastMeetingSentence <= 2
                && NEXT_IN_THE_DAY.matcher(s.text.substring(0, toks.get(t.start()).start - toks.get(s.from).start)).find()) {
            // "Vance hosted Nowak. Later, Vance met Petraitis": the day the meeting before was taken to be, that day too
            return new When(lastMeetingDate, "date:same-day");
        }
        return When.NONE;
    }

    /** Words before a trigger that go on from the meeting just told, the same day: "Later,", "Afterwards", "then", "also". */
    private static final Pattern NEXT_IN_THE_DAY = Pattern.compile("(?i)^\\s*(later|afterwards|after that|then|subsequently)\\b"
            + "|\\b(later|then|also|subsequently)\\s*$");

    /** Gatherings others meet on the margins of. */
    private static final List<String> GATHERING_WORDS = List.of("summit", "session", "conference", "forum", "ministerial", "assembly");
    private static final String GATHERINGS = "(" + String.join("|", GATHERING_WORDS) + ")";
    private static final Pattern EVENT = Pattern.compile("(?i)\\b" + GATHERINGS + "\\b");
    /** "on the margins of the Summit", "on the sidelines of the session". */
    private static final Pattern ON_ITS_MARGINS = Pattern.compile(
            "(?i)\\b(on|at) the (" + String.join("|", MeetingTriggers.MARGINS) + ") of the ([\\w-]+ ){0,3}?" + GATHERINGS + "\\b");

    /** "there" closing the meeting's clause: "held a separate bilateral meeting there" (not "there were talks"). */
    private boolean thereAfter(Sentence s, MeetingTriggers.Trigger t) {
        for (int k = t.end(); k < Math.min(s.to, t.end() + 6); k++) {
            if (toks.get(k).is("there") && (k + 1 == s.to || toks.get(k + 1).type == Token.Type.PUNCT)) {
                return true;
            }
            if (toks.get(k).type == Token.Type.PUNCT) {
                return false;
            }
        }
        return false;
    }

    /** Whether the trigger's verb is in the past perfect: "had met", "had visited", "had been". */
    private boolean pluperfect(Sentence s, MeetingTriggers.Trigger t) {
        for (int k = Math.max(s.analysisFrom, t.start() - 3); k <= t.start() && k + 1 < s.to; k++) {
            String next = toks.get(k + 1).lower;
            if (toks.get(k).is("had") && (next.endsWith("ed") || Set.of("met", "held", "sat", "been", "also").contains(next))) {
                return true;
            }
        }
        return false;
    }

    /** The last date the sentence states before a span, not one to come: what "a day after" or "a day before" counts from. */
    private static Dates.Found toldBefore(Sentence s, Dates.Found span) {
        Dates.Found told = null;
        for (Dates.Found f : s.dates) {
            told = f.date() != null && !f.future() && f.end() <= span.start() ? f : told;
        }
        return told;
    }

    private static boolean yearWritten(Sentence s, Dates.Found f) {
        return WRITTEN_YEAR.matcher(s.text.substring(f.start(), f.end())).find();
    }

    /**
     * "paid a State visit to Indonesia from December 21 to 23, 2022. Phuc and Widodo held talks … on December 22": a day
     * written without its year, in the month the sentence before dated with one, is in that year (not the last such day
     * before publication).
     */
    private PartialDate inToldYear(Sentence s, Dates.Found f) {
        PartialDate date = f.date();
        if (date == null || date.precision() != DatePrecision.DAY || f.storyDay() || yearWritten(s, f) || lastStated == null || !lastStatedYearWritten
                || lastStatedSentence < s.index - 1 || lastStated.first().getYear() == date.first().getYear()) {
            return date;
        }
        if (published != null && !date.first().isAfter(published) && date.first().isAfter(published.minusDays(STORY_DAYS))) {
            // "… since the seventh meeting held in Seoul on March 21, 2015. On the evening of August 23, Kishida hosted a
            // dinner", in a release of August 24, 2016: a day of the story's own week, not of the year recalled
            return date;
        }
        java.time.LocalDate day = date.first().withYear(lastStated.first().getYear());
        // "held talks in Jerusalem on May 25, 2022. Lapid returned the visit on June 23": later in the year the sentence
        // before told, as the story goes on
        // (a year alone names no month: "since 2013" then "on Jan. 25" is no January of 2013)
        boolean sameMonth = lastStated.precision() != DatePrecision.YEAR
                && lastStated.first().getMonthValue() == date.first().getMonthValue();
        // ("They last met here on October 22", after their first meeting of the year before: the latest, so this year's)
        boolean laterThatYear = lastStated.precision() == DatePrecision.DAY && day.isAfter(lastStated.first())
                && !s.text.substring(0, f.start()).matches("(?s).*\\b(last|latest|most recent|recently)\\b.*");
        return day.getMonthValue() == date.first().getMonthValue() && (sameMonth || laterThatYear)
                && (published == null || !day.isAfter(published)) ? PartialDate.ofDay(day) : date;
    }

    /** How many days before publication a year-less day is the story's own, whatever year the sentence before told. */
    private static final int STORY_DAYS = 8;

    /** A date some days before or after another: a day for days and weeks, a month for months, a year for years. */
    private static When shifted(PartialDate base, int days, String rule) {
        if (base != null && days != 0 && days % Dates.YEAR_DAYS == 0) {
            // "two years later", after a meeting in November 2014: 2016
            return new When(new PartialDate(LocalDate.of(base.first().getYear() + days / Dates.YEAR_DAYS, 1, 1), DatePrecision.YEAR), rule);
        }
        if (base == null || base.precision() == DatePrecision.YEAR || base.precision() == DatePrecision.MONTH && Math.abs(days) < 28) {
            return When.NONE;
        }
        if (Math.abs(days) >= 28) {
            LocalDate month = base.first().withDayOfMonth(1).plusMonths(Math.round(days / 30.0));
            return new When(new PartialDate(month, DatePrecision.MONTH), rule);
        }
        return new When(PartialDate.ofDay(base.first().plusDays(days)), rule);
    }

    /** The day the story is about: the last stated, else the page's, else the publication day. */
    private PartialDate storyDay() {
        if (narrativeDate != null) {
            return narrativeDate;
        }
        if (article.header.pageDate != null) {
            return PartialDate.ofDay(article.header.pageDate);
        }
        return published == null ? null : PartialDate.ofDay(published);
    }

    /**
     * A day written without its year after a month or a day with one, in the same sentence ("made a state visit to Tokyo
     * in February 2023 and held talks with Kishida on Feb. 9", "returned in November 2018 for a working visit: on 15
     * November, the two held a tête-à-tête", "saw Putin on July 5, 2024, and went on to meet Trump on July 11"): the day,
     * in the year that puts it near the date told, whatever the month dated.
     */
    private Dates.Found inYearOfItsMonth(Sentence s, Dates.Found day) {
        if (day.date() == null || day.date().precision() != DatePrecision.DAY || day.storyDay() || yearWritten(s, day)) {
            return day;
        }
        for (Dates.Found f : s.dates) {
            if (f.end() <= day.start() && !f.future() && f.date() != null && f.date().precision() != DatePrecision.YEAR
                    && yearWritten(s, f) && !s.text.substring(f.end(), day.start()).contains(";")) {
                LocalDate near = nearMonth(day.date().first(), f.date());
                if (near != null && !near.equals(day.date().first())) {
                    return new Dates.Found(day.start(), day.end(), PartialDate.ofDay(near), null, false, false, day.thatMonth());
                }
            }
        }
        return day;
    }

    /**
     * The day and month of a year-less day in the year that puts it within two months of a month told ("in August 2019,
     * a week after Trump received Battulga on July 31": July 31, 2019), or within a year told; null when no year does.
     */
    private static LocalDate nearMonth(LocalDate day, PartialDate month) {
        int year = month.first().getYear();
        for (int y : new int[] {year, year - 1, year + 1}) {
            LocalDate candidate = day.withYear(y);
            long before = month.first().toEpochDay() - candidate.toEpochDay();
            long after = candidate.toEpochDay() - month.last().toEpochDay();
            if (Math.max(before, after) <= NEAR_MONTH_DAYS) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether the sentence tells a visit: its date is the date of what happens during it. */
    private static boolean placeAt(Sentence s, int at) {
        return s.places.stream().anyMatch(p -> p.start() == at);
    }

    private boolean visit(Sentence s) {
        for (int k = s.analysisFrom; k < s.to; k++) {
            if (VISIT_WORDS.contains(toks.get(k).lower)) {
                return true;
            }
            if (toks.get(k).isAny("was", "were") && k + 2 < s.to && toks.get(k + 1).is("in") && toks.get(k + 2).capitalised()
                    && placeAt(s, k + 2)) {
                // "Admiral Stavridis was in Sweden on 10 and 11 May": a stay, dated as a visit
                return true;
            }
        }
        return false;
    }

    /**
     * A date in a clause the trigger is not in: before it inside ", who … ," ("Xi, who had dinner with Putin on
     * Monday, held talks with him on Tuesday"), or after it behind a subordinating word ("sat down … before Biden
     * leaves office in January").
     */
    private boolean inOtherClause(Sentence s, Dates.Found f, int triggerChar) {
        String text = s.lower();
        if (f.start() < triggerChar) {
            // "Blinken, who arrived on Sunday, held talks", "Fidan, on his first visit since taking office in June, also met"
            if (SAID_DAY.matcher(text.substring(Math.max(0, f.start() - 12), f.start())).find()
                    && text.substring(f.end(), triggerChar).startsWith(" that ") && dateAfter(s, triggerChar)) {
                // "Pavel said on Wednesday that his talks with Duda in Warsaw yesterday were good": the saying's day, the talks
                // have their own
                return true;
            }
            if (text.substring(f.end(), triggerChar).contains(", where ") && s.dates.stream().anyMatch(d -> d.start() > triggerChar
                    && text.startsWith("yesterday", d.start()))) {
                // "returned on Wednesday from Warsaw, where he held talks with Duda yesterday": the return's day, the talks have
                // their own
                return true;
            }
            if (PARTICIPLE_AFTER.matcher(text.substring(f.end(), triggerChar)).lookingAt() && dateAfter(s, triggerChar)) {
                // "spoke by phone with Pavel on Monday, following up on their talks at the summit in Vilnius in July": the
                // call's day; the talks have their own
                return true;
            }
            int closes = text.indexOf(',', f.end());
            if (closes < 0 || closes >= triggerChar) {
                return false;
            }
            int phrase = text.lastIndexOf(", ", f.start());
            if (phrase >= 0 && PARTICIPLE_OPENS.matcher(text).region(phrase + 2, f.start()).lookingAt() && dateAfter(s, triggerChar)) {
                // "Blinken, speaking in Washington today, said his meeting with Kuleba yesterday …": the participle's day
                return true;
            }
            if (text.lastIndexOf(", as well as ", triggerChar) >= f.end()) {
                // "their conversation in Bangkok last week, as well as President Biden's meeting with Marcos": the first one's day
                return true;
            }
            if (SAID_DAY.matcher(text.substring(Math.max(0, f.start() - 12), f.start())).find()
                    && text.lastIndexOf(", after ", triggerChar) >= f.end()) {
                // "officials in Athens said Thursday, after Mitsotakis held talks with Erdogan": the day of the saying
                return true;
            }
            if (text.lastIndexOf(", having ", triggerChar) >= f.end()) {
                // "met Lavrov in Geneva today, having met Baerbock in Berlin on Thursday": the main clause's day
                return true;
            }
            String after = text.substring(f.end(), triggerChar);
            if (after.startsWith(", when ") && after.indexOf(',', 1) < 0) {
                // "since Xi's state visit in October 2019, when he was received by Bhandari": the "when" is that date's
                return false;
            }
            int who = Math.max(text.lastIndexOf(", who ", f.start()), text.lastIndexOf(", which ", f.start()));
            if (who >= 0 && relativeCloses(text, who + 2) < f.start()) {
                // "Ruto, who led Kenya's delegation, spent Friday …, holding meetings": the relative clause closed before the date
                who = -1;
            }
            // "It was Lula's first trip to China since he returned to office in January, and his first since 2009, when he
            // was received": a "since" clause from the sentence's start too
            // was received" ("since January 11, 2023, when they met" dates the meeting: a date right after "since" is no clause)
            int opens = text.lastIndexOf(", ", f.start());
            int since = text.substring(0, f.start()).lastIndexOf(" since ");
            return who >= 0 || opens >= 0 && since > opens || opens < 0 && since >= 0 && !text.substring(since + 7, f.start()).isBlank();
        }
        String between = " " + text.substring(Math.min(triggerChar, f.start()), f.start()) + " ";
        // the date's own preposition ("in December") may be the one that opens the clause
        String toDate = text.substring(Math.min(triggerChar, f.start()), f.end());
        if (NEXT_CLAUSE_TIME.matcher(toDate).find() && s.dates.stream().anyMatch(d -> d.end() <= triggerChar && !d.future())) {
            // "flew to Beijing in March 2018 to meet Xi, and in the spring he crossed the border": the next clause's date
            return true;
        }
        if (PLUPERFECT_BETWEEN.matcher(between).find() && between.substring(between.lastIndexOf(',') + 1).contains(" had ")
                && !text.substring(Math.max(0, triggerChar - 16), triggerChar).contains("had ")) {
            // "signed an agreement to restore the relations Riyadh had cut in 2016": the earlier verb's date (not "whom he had
            // first met years ago and had seen again in June", where the trigger is as far back; nor a clause closed before it)
            return true;
        }
        int whom = between.indexOf(" whom ");
        if (whom >= 0 && between.indexOf(" had ", whom) >= 0) {
            // "spent the afternoon with Purnomo, whom he had first met years ago … in June": an earlier meeting's date
            // ("met Don, with whom he held talks on August 1" tells the same meeting)
            return true;
        }
        for (String w : SUBORDINATORS) {
            int at = between.indexOf(w);
            if (w.equals(" when ") && MET_WHEN.matcher(between).lookingAt()) {
                // "They last met when Modi made a surprise stopover in Lahore in December 2015": the clause tells the meeting
                continue;
            }
            if (w.equals(" that ") && at >= 0 && THAT_NOUN.matcher(between.substring(at + w.length())).lookingAt()) {
                // "returned that visit in Beijing last September": "that" before the meeting's noun opens no clause
                continue;
            }
            // "their first meeting since the conflict began was held in Hiroshima in May 2023": the main clause resumes
            if (at >= 0 && !MAIN_CLAUSE_RESUMES.matcher(between.substring(at + w.length())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence states a day after the trigger's word that is no plan: the meeting's own, told after it. */
    private static boolean dateAfter(Sentence s, int triggerChar) {
        return s.dates.stream().anyMatch(d -> d.start() > triggerChar && !d.future() && d.date() != null);
    }

    /** A participle phrase opening right after a date's clause: ", following up on their talks", ", recalling their meeting". */
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile("[^,;]{0,20},\\s+(following up|recalling|building on|referring)\\b");

    /** A participle of speaking opening a phrase set off by commas: ", speaking in Washington today,". */
    private static final Pattern PARTICIPLE_OPENS = Pattern.compile("(speaking|talking|writing|answering|responding|commenting)\\b");

    /** A verb in the past perfect after the trigger's word: "… the relations Riyadh had cut in …". */
    private static final Pattern PLUPERFECT_BETWEEN = Pattern.compile(
            "^\\s*\\S+\\s.*\\shad\\s+(\\w+ed|met|cut|held|been|made|taken|seen|broken|begun|done|given|sought|won|lost|left|become)\\s");

    /** Words after a comma that go on inside a relative clause: "who arrived from Seoul, where he had held talks". */
    private static final Set<String> CLAUSE_GOES_ON = Words.set("where", "when", "who", "which", "whose", "whom", "and", "but", "as",
            "after", "before", "while", "since", "until", "the", "a", "an", "his", "her", "their");

    /** Where a relative clause opened before {@code from} closes: the first comma followed by the main clause's lower-case verb. */
    private static int relativeCloses(String text, int from) {
        for (int comma = text.indexOf(',', from); comma >= 0; comma = text.indexOf(',', comma + 1)) {
            int w = comma + 1;
            while (w < text.length() && text.charAt(w) == ' ') {
                w++;
            }
            int e = w;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            String word = text.substring(w, e);
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !CLAUSE_GOES_ON.contains(word)) {
                return comma;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * "They spent two days in Vienna in May and met again in Malta in September": a date before a verb joined by "and" to
     * the one before is that verb's, when the trigger's own clause states a date after it.
     */
    private boolean ofTheVerbBefore(Sentence s, Dates.Found f, int triggerChar) {
        if (f.start() >= triggerChar || !AND_THEN.matcher(s.text.substring(f.end(), triggerChar)).matches()) {
            return false;
        }
        for (Dates.Found other : s.dates) {
            // (not one in a clause of its own: "landed on Thursday and met Hwang, who has been acting president since the
            // Assembly impeached Park in December": Thursday's)
            if (other.start() > triggerChar && other.date() != null && !other.future() && !inOtherClause(s, other, triggerChar)) {
                return true;
            }
        }
        return false;
    }

    /** A span's event, then a clause on its place or time: "after Blinken's trip to Beijing, where he held talks". */
    private static final Pattern SPAN_THEN_WHERE = Pattern.compile("(?s)[^,;]*,\\s*(where|when)\\b[^,;]*");

    /** What may stand between a date and a second verb of the same subject: " and ", " and then ", " and later ". */
    private static final Pattern AND_THEN = Pattern.compile(
            // ("… on June 3, 2017, and met again … last October": the comma before "and" as well)
            // ("… on May 5 and had seen him in Tehran in April": the past perfect's own)
            "[^,;]{0,40},?\\sand(\\s+(then|later|again|also|had|has))*\\s*"
            // "at their first summit in Seoul in May 2022, and on their trilateral meeting … in November 2022"
            + "|,\\s*and\\s+(on|at|in|during|to)\\s+[^,;]{0,30}"
            // "hosted Herzog in Ankara in March 2022, and he met Lapid in New York in September"
            + "|[^,;]{0,40},\\s*(and|but)\\s+(he|she|they)(\\s+(then|later|also|again))?\\s*");

    /** "since the invasion of February 2022", "until 2030": a date that is not when anything met. */
    private boolean modifiesNoun(Sentence s, Dates.Found f) {
        // (wide enough for the longest part of a year before "of": "the beginning of March 2019")
        String before = s.text.substring(Math.max(0, f.start() - 24), f.start()).toLowerCase(java.util.Locale.ROOT).strip();
        int space = before.lastIndexOf(' ');
        String word = space < 0 ? before : before.substring(space + 1);
        // the date pattern may hold the word itself: "since January"
        String own = s.text.substring(f.start(), f.end()).toLowerCase(java.util.Locale.ROOT);
        int ownSpace = own.indexOf(' ');
        if (own.startsWith("of ") && PARTS_OF_A_YEAR.contains(word)) {
            // "in the spring of 2018 he crossed the border for talks with Moon": the talks' time
            return false;
        }
        String[] words = Words.spaceSplit(before);
        if (word.equals("of") && words.length >= 2 && (PARTS_OF_A_YEAR.contains(words[words.length - 2]) || words[words.length - 2].equals("most")
                || words[words.length - 2].equals("all") || words[words.length - 2].equals("much"))) {
            // "spent most of Sunday in talks with Qin", "the end of May": the talks' time
            return false;
        }
        return NOT_THE_MEETINGS.contains(word) || ownSpace > 0 && NOT_THE_MEETINGS.contains(own.substring(0, ownSpace))
                || possessedNotMeeting(s, f) || word.equals("the") && namesAnEvent(s, f)
                || DOCUMENT_DATED.matcher(s.text.substring(Math.max(0, f.start() - 60), f.start())).find();
    }

    /**
     * A document's own date: "the nuclear agreement reached in Vienna on 14 July", "the accord signed in Paris in 2015"
     * (a participle right after the document's noun; not "met Lin and signed an agreement on 5 May").
     */
    private static final Pattern DOCUMENT_DATED = Pattern.compile("\\b(agreements?|deal|accords?|treaty|treaties|declaration|"
            + "memorandum|resolution|communiqu[eé]|pact|protocol|charter|roadmap|ceasefire|truce|contracts?)\\s+"
            + "(reached|signed|concluded|adopted|struck|sealed|approved|ratified|agreed)"
            + "(\\s+(in|at)\\s+\\p{Lu}[\\p{L}-]*(\\s+\\p{Lu}[\\p{L}-]*)?)?\\s+(on|in|last)?\\s*$");

    /** Events a date before them names, none of them a meeting: "the victims of the Nov. 13 attacks". */
    private static final Set<String> EVENTS = Words.set("attack", "attacks", "bombing", "bombings", "earthquake", "elections",
            "election", "vote", "referendum", "coup", "massacre", "invasion", "war", "crash", "shooting", "fire", "floods", "flood",
            "tsunami", "uprising", "revolution", "explosion", "assassination", "raid", "strike", "strikes");

    /** "in memory of the victims of the Nov. 13 attacks": the date names the event after it. */
    private static boolean namesAnEvent(Sentence s, Dates.Found f) {
        String[] next = s.text.substring(f.end()).strip().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+", 2);
        return next.length > 0 && EVENTS.contains(next[0]);
    }

    /** "thanked Singapore for its leadership as this year's ASEAN chair": a date owning a noun other than a meeting's. */
    private static boolean possessedNotMeeting(Sentence s, Dates.Found f) {
        String after = s.text.substring(f.end());
        if (!after.startsWith("'s ") && !after.startsWith("\u2019s ")) {
            return false;
        }
        // the noun owned may follow a word or two: "last night's opening dinner"
        String[] next = after.substring(3).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+", 4);
        for (int i = 0; i < Math.min(3, next.length); i++) {
            if (MEETING_NOUNS.contains(next[i])) {
                return false;
            }
        }
        return true;
    }

    /** What a date's possessive may own and still date: "Monday's talks", "last week's summit". */
    private static final Set<String> MEETING_NOUNS = Words.set("talks", "meeting", "meetings", "summit", "session", "visit",
            "dialogue", "consultations", "conference", "ministerial", "discussions", "dinner", "lunch", "breakfast");

    /** "had met", "their last meeting", "first met": a meeting recalled, not reported. */
    private boolean recalled(Sentence s, MeetingTriggers.Trigger t) {
        for (int k = Math.max(s.analysisFrom, t.start() - 3); k < Math.min(s.to, t.end() + 6); k++) {
            String w = toks.get(k).lower;
            // "was first received by the President": the first stop of the visit told, not a first meeting recalled
            // ("Mattis first met with A at the palace, then held talks with B": the first of the day's meetings)
            boolean firstStop = w.equals("first") && (k > t.start() || k > s.analysisFrom && (toks.get(k - 1).is("was") || toks.get(k - 1).is("were"))
                    || thenLater(s, t));
            if (PAST_MARKERS.contains(w) && !firstStop && !inClosedRelative(s, k, t.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word before the trigger stands in a relative clause closed before it: "Kadhimi, who visited the White
     * House a year ago, also had a private session with Biden" (the visit was a year ago, not the session).
     */
    private boolean inClosedRelative(Sentence s, int k, int trigger) {
        if (k >= trigger) {
            return false;
        }
        String text = s.text.toLowerCase(java.util.Locale.ROOT);
        int at = toks.get(k).start - toks.get(s.from).start;
        int who = Math.max(text.lastIndexOf(", who ", at), text.lastIndexOf(", which ", at));
        return who >= 0 && text.indexOf(',', who + 1) > at
                && relativeCloses(text, who + 2) < toks.get(trigger).start - toks.get(s.from).start;
    }

    /** Nouns whose "in" names where the matter talked about is: "the war in Syria", "the situation in Gaza". */
    private static final Set<String> TOPIC_NOUNS = Words.set("war", "conflict", "crisis", "situation", "fighting", "peace", "security",
            "stability", "developments", "violence", "ceasefire", "elections", "refugees", "operations", "presence", "troops",
            "forces", "insurgency", "unrest", "tensions", "humanitarian", "turmoil", "coup", "protests", "clashes", "attacks",
            "reconstruction", "investment", "investments", "interests");

    /** "to discuss the civil war in Syria": a place of what was talked about, not where anyone was. */
    private boolean topicPlace(Sentence s, int start) {
        return start - 2 >= s.from && toks.get(start - 1).is("in") && TOPIC_NOUNS.contains(toks.get(start - 2).lower);
    }

    /** The place introduced ("in", "at", "to", "visited") nearest the trigger, or null. */
    String placeOf(Sentence s, MeetingTriggers.Trigger t) {
        Sentence.Place best = null;
        for (Sentence.Place p : s.places) {
            Token prev = p.start() > s.from ? toks.get(p.start() - 1) : null;
            boolean introduced = prev != null && (prev.is("in") || prev.is("visited") || prev.is("to") || prev.is("at"))
                    || prev != null && prev.is("the") && p.start() - 2 >= s.from && toks.get(p.start() - 2).is("in");
            // "held talks with Putin, their second meeting this year after Putin's state visit to Beijing": another time's place
            boolean later = p.start() >= t.end() && PLACE_OF_ANOTHER_TIME.matcher(article.between(t.end(), p.start())).find();
            if (introduced && !later && !topicPlace(s, p.start()) && (best == null || placeDistance(s, p, t) < placeDistance(s, best, t))) {
                best = p;
            }
        }
        if (best != null) {
            return best.name();
        }
        return null;
    }

    /** A clause joined by "and" or "but" after a comma, or after a semicolon: "hosted Herzog in Ankara, and he met Lapid in New York". */
    private static final Pattern NEXT_CLAUSE = Pattern.compile("(,\\s*(and|but)\\s|;)");

    /** How far a place stands from the trigger, in tokens; one behind a clause break before it counts as farther than any after. */
    private int placeDistance(Sentence s, Sentence.Place p, MeetingTriggers.Trigger t) {
        int d = Math.abs(p.start() - t.start());
        return p.end() <= t.start() && NEXT_CLAUSE.matcher(article.between(p.end(), t.start())).find() ? d + 1000 : d;
    }

    /**
     * "held talks with Chinh on Monday, and with Mottley on Sunday": the date stated right after a later object of the
     * same verb (before the next one, in its clause) is that object's meeting's; null when none is.
     */
    When dateAfter(Sentence s, Sentence.Mention object, Sentence.Mention next) {
        // (not a clause of his own: "and Georgia's Garibashvili, who became Defence Minister last month")
        int from = toks.get(object.end - 1).end - toks.get(s.from).start;
        int to = next != null ? toks.get(next.start).start - toks.get(s.from).start : s.text.length();
        for (Dates.Found f : s.dates) {
            if (f.start() >= from && f.end() <= to && f.date() != null && !f.future() && OWN_TIME.matcher(s.text.substring(from, f.start())).matches()) {
                return new When(f.date(), null);
            }
        }
        return null;
    }

    /** "…, and with Mottley in Tianjin on Sunday": the place named right after a later object of the same verb, or null. */
    String placeAfter(Sentence s, Sentence.Mention object, Sentence.Mention next) {
        int to = next != null ? next.start : s.to;
        for (Sentence.Place p : s.places) {
            if (p.start() - 1 == object.end && p.end() <= to && (toks.get(object.end).is("in") || toks.get(object.end).is("at"))) {
                return p.name();
            }
        }
        return null;
    }

    /** What may stand between a person and the time of his meeting: a place at most ("in Beijing"). */
    private static final Pattern OWN_TIME = Pattern.compile("\\s*((in|at)\\s+(the\\s+)?\\p{Lu}[\\p{L}'-]*(\\s+\\p{Lu}[\\p{L}'-]*)*\\s*)?");

    /** The meeting's place; when its sentence names none, the previous meeting's on "the same day", else the venue. */
    String placeOrEarlier(Sentence s, String place, When when) {
        boolean sameDayRef = false;
        for (Dates.Found f : s.dates) {
            sameDayRef |= f.afterPrevious() != null && f.afterPrevious() == 0;
        }
        if (place == null && sameDayRef) {
            place = lastMeetingPlace;
        }
        if (place == null && narrativePlace != null && ("date:story-day".equals(when.rule()) || DURING_VISIT.equals(when.rule()))) {
            // "The trip began Monday in Riga. He first met with the Foreign Minister": the day's place, as the story went there
            // ("During the visit Mr Raab has also met …": the visit's)
            place = narrativePlace;
        }
        if (place == null && thereAdverb(s) && s.index > 0) {
            // "On Wednesday, the secretary was in Buenos Aires. He held talks there with …": the place the sentence before named
            List<Sentence.Place> before = article.sentences.get(s.index - 1).places;
            place = before.isEmpty() ? null : before.get(before.size() - 1).name();
        }
        if (place == null && defaultPlace != null) {
            place = defaultPlace;
        }
        return place;
    }

    /** The date of the last meeting the story went on from (not one recalled in passing), or null. */
    PartialDate lastMeetingDate() {
        return lastMeetingDate;
    }

    /** A meeting was recorded: unless recalled in passing, "the same day" now means its day and place. */
    void remember(Sentence s, MeetingTriggers.Trigger t, PartialDate on, String place) {
        // "Blinken had held talks with Kamikawa the day before": a step back, not the day the story goes on from
        boolean pluperfect = pluperfect(s, t);
        // "met Mirziyoyev on Friday, a day after holding talks with Nazarbayev": a day before one its sentence told first
        int triggerChar = toks.get(t.start()).start - toks.get(s.from).start;
        boolean stepBack = on != null && s.dates.stream().anyMatch(f -> f.date() != null && !f.future() && f.start() < triggerChar
                && on.first().isBefore(f.date().first()));
        if (!recalled(s, t) && !pluperfect && !stepBack) {
            lastMeetingDate = on;
            lastMeetingPlace = place;
            lastMeetingSentence = s.index;
        }
    }
}
