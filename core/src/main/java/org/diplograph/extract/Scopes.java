package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Provenance;

/**
 * Which country or alliance a person serves, when the text does not say it beside his name: what the
 * gazetteer knows of him, a namesake of the article, a person named in the same breath, the body or the
 * country his title implies ("Secretary of Defense" is American). Also the id's slug: the name without
 * middle initials and generational suffixes, unless the known name keeps them to tell relatives apart.
 */
final class Scopes {

    private final Article article;
    private final List<Person> persons;
    /** The country of each meeting place looked up so far. */
    private final Map<String, Optional<String>> placeCountries = new HashMap<>();
    /** The day on which the gazetteer's role of a person counts, when it is not the publication day. */
    private final Map<Person, LocalDate> roleDays = new HashMap<>();
    /** People placed only by a title several countries give ("Defence Secretary": Britain's, India's): their title. */
    private final Map<Person, TitleInfo> sharedTitleDefault = new HashMap<>();
    /** The country the story's opening visit goes to, once looked for. */
    private Optional<String> visitCountry;

    Scopes(Article article) {
        this.article = article;
        this.persons = article.persons;
    }

    /**
     * Gives every person his scope: first what the text, the gazetteer and his titles tell (for all of them,
     * since a namesake's scope may help another), then, for whoever is left, the article's context: the
     * country a meeting took place in when he met people of other countries there, the publisher's country for
     * the publisher's own officials, else {@link FactSetAssembly#UNKNOWN_SCOPE}.
     */
    void resolve(List<Person> kept, List<Meetings.Pending> meetings, List<Set<Person>> participants) {
        for (Person p : kept) {
            LocalDate day = pastMeetingDay(p, meetings, participants);
            if (day != null) {
                roleDays.put(p, day);
            }
        }
        for (Person p : kept) {
            p.scope = statedScope(p);
        }
        sharedTitleDefault.forEach((p, title) -> {
            // "met Defence Secretary Ajay Kumar" in New Delhi, in a US readout: the title's country where its holder received
            // the visitor, when it is one of those that give the title
            String host = hostScope(p, meetings, participants, false);
            p.scope = host != null && title.alsoIn.contains(host) ? host : p.scope;
        });
        List<Person> open = new ArrayList<>();
        for (Person p : kept) {
            if (p.scope == null) {
                open.add(p);
            }
        }
        for (Person p : open) {
            p.scope = contextScope(p, meetings, participants);
        }
        List<String> pair = storyPair(meetings, participants);
        for (Person p : open) {
            if (p.scope == null && pair != null && p.hasFullName()) {
                // "Najib Razak and Lee, at their retreat in Singapore", under "The Malaysia-Singapore Leaders' Retreat", or "holding
                // talks with Foreign Minister Bui Thanh Son" in a US-Vietnam story: the other country of the story's two, when
                // all he met are of one
                p.scope = pairScope(p, pair, meetings, participants);
            }
        }
        for (Person p : open) {
            if (p.scope == null && !p.roles.isEmpty() && article.header.agencyScope != null) {
                // "Kim Tae-hyo, first deputy director of the National Security Office", in a Yonhap story: a Korean official
                p.scope = article.header.agencyScope;
            }
            if (p.scope == null) {
                p.scope = FactSetAssembly.UNKNOWN_SCOPE;
            }
        }
    }

    /**
     * The story's two countries: the two the headline names ("The Malaysia-Singapore Leaders' Retreat"), else those of the
     * people at its first meeting when they are two ("Erdogan came to Athens …, his talks with Tsipras"); or null.
     */
    private List<String> storyPair(List<Meetings.Pending> meetings, List<Set<Person>> participants) {
        List<String> named = headlinePair();
        if (named != null) {
            return named;
        }
        for (int i = 0; i < meetings.size(); i++) {
            Set<String> codes = new LinkedHashSet<>();
            for (Person p : participants.get(i)) {
                if (p.scope != null && article.g.isCountry(p.scope)) {
                    codes.add(p.scope);
                }
            }
            if (!codes.isEmpty()) {
                return codes.size() == 2 ? List.copyOf(codes) : null;
            }
        }
        return null;
    }

    private List<String> headlinePair() {
        for (Sentence s : article.sentences) {
            if (!article.inHeadline(s)) {
                break;
            }
            Set<String> codes = new LinkedHashSet<>();
            for (Sentence.State st : s.states) {
                if (!st.alliance()) {
                    codes.add(st.code());
                }
            }
            if (codes.size() == 2) {
                return List.copyOf(codes);
            }
        }
        return null;
    }

    /**
     * The other country of the story's two, when everyone placed whom he met in the body is of one of them (a headline's
     * meeting may hold a byline's name); else null.
     */
    private static String pairScope(Person p, List<String> pair, List<Meetings.Pending> meetings, List<Set<Person>> participants) {
        Set<String> met = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Set<Person> each = participants.get(i);
            if (each.contains(p) && !meetings.get(i).headline()) {
                for (Person o : each) {
                    if (o != p && o.scope != null && !FactSetAssembly.UNKNOWN_SCOPE.equals(o.scope)) {
                        met.add(o.scope);
                    }
                }
            }
        }
        if (met.size() != 1 || !pair.contains(met.iterator().next())) {
            return null;
        }
        String theirs = met.iterator().next();
        return pair.get(0).equals(theirs) ? pair.get(1) : pair.get(0);
    }

    /** What the text beside his name, the gazetteer, a namesake, a person named with him or his title tell; or null. */
    private String statedScope(Person p) {
        if (p.scope != null) {
            // "his Congolese counterpart Félix Tshisekedi": a demonym two states share is the one the tables know him in
            String other = SHARED_DEMONYM.get(p.scope);
            KnownPeople.Role known = other == null ? null : knownRole(p);
            return known != null && other.equals(known.scope()) ? other : p.scope;
        }
        if (article.header.publisherScope != null && article.header.fromLineNames(p.name)) {
            // "From: Foreign, Commonwealth & Development Office and The Rt Hon Andrew Mitchell MP": the page's own minister,
            // whatever namesake the dictionary knows
            return article.header.publisherScope;
        }
        KnownPeople.Role known = knownRole(p);
        if (known != null) {
            return known.scope();
        }
        for (Person other : persons) {
            if (other != p && other.scope != null && p.family != null && p.family.equals(other.family)) {
                return other.scope;
            }
        }
        if (p.fallbackScope != null) {
            return p.fallbackScope;
        }
        for (Person.Role r : p.roles) {
            String holder = r.title().holderScope(article.g);
            if (holder != null) {
                return holder;
            }
        }
        for (Person.Role r : p.roles) {
            if (r.title().defaultScope != null) {
                // "Foreign Secretary Vinay Kwatra" under a New Delhi dateline is India's
                String story = article.header.placeCountry != null ? article.header.placeCountry : article.header.publisherScope;
                String scope = r.title().defaultScope(story);
                if (r.title().alsoIn != null && scope.equals(r.title().defaultScope)) {
                    sharedTitleDefault.put(p, r.title());
                }
                return scope;
            }
        }
        for (Person.Role r : p.roles) {
            // "the Deputy Secretary General, Alexander Vershbow" beside "NATO Secretary General Anders Fogh Rasmussen"
            String title = r.title().text;
            String principal = title == null ? title : DEPUTY.matcher(title).replaceFirst("");
            if (principal == null || principal.equals(title)) {
                continue;
            }
            for (Person other : persons) {
                if (other != p && other.scope != null && other.roles.stream().anyMatch(o -> principal.equalsIgnoreCase(o.title().text))) {
                    return other.scope;
                }
            }
        }
        return null;
    }

    /** States whose demonym the gazetteer gives the first ("Congolese": the Republic of the Congo) that the second shares. */
    private static final Map<String, String> SHARED_DEMONYM = Map.of("COG", "COD");

    /** Whether a title placed in {@code titleScope} by a shared demonym belongs to {@code personScope}, the other state of it. */
    static boolean sharedDemonym(String titleScope, String personScope) {
        return personScope != null && personScope.equals(SHARED_DEMONYM.get(titleScope));
    }

    /** The words that make a title the deputy's of another: "Deputy", "First Deputy", "Vice", "Assistant". */
    private static final Pattern DEPUTY = Pattern.compile(
            "^(?i:(?:the\\s+)?(?:first\\s+|principal\\s+)?(?:deputy|vice|assistant)[\\s-]+)");

    /**
     * A national release's first person is the publisher's own; a person who met people of another country
     * in a place of his (the meeting's place, else the dateline's) is a host there; anyone else in a
     * national release is the publisher's. Null when nothing tells.
     */
    private String contextScope(Person p, List<Meetings.Pending> meetings, List<Set<Person>> participants) {
        String found = contextScopeOf(p, meetings, participants);
        String sentTo = p.roles.stream().map(r -> r.title().sentTo).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (sentTo == null || !sentTo.equals(found)) {
            return found;
        }
        // "His Majesty's Ambassador to China, Dame Caroline Wilson", in Beijing: an envoy is never of the state he is sent to;
        // he is the publisher's, else unknown
        String own = article.header.publisherScope;
        return own != null && !own.equals(sentTo) ? own : null;
    }

    private String contextScopeOf(Person p, List<Meetings.Pending> meetings, List<Set<Person>> participants) {
        ArticleHeader header = article.header;
        if (p.principal != null && p.principal.scope != null && !p.principal.scope.equals(FactSetAssembly.UNKNOWN_SCOPE)) {
            // "Lula's finance minister, Fernando Haddad"
            return p.principal.scope;
        }
        if (header.publisherScope != null && p == firstPerson()) {
            return header.publisherScope;
        }
        if (p.roles.stream().anyMatch(r -> r.title().text != null && secretaryGeneralOrEnvoy(r.title().text))) {
            // "Putin received the then Secretary General, Yury Khachaturov", on a page about a CSTO session: the
            // organisation the story names most
            String organisation = article.storyOrganisation();
            if (organisation != null) {
                return organisation;
            }
        }
        if (p.side != null && p.side.scope != null && article.g.isCountry(p.side.scope)) {
            // "Army Gen. Stephen Townsend and Ambassador Richard Norland met with Prime Minister al-Sarraj in Zuwara": the
            // country of the one he came with, not the host's
            return p.side.scope;
        }
        // "met separately with President Nguyen Xuan Phuc … in Hanoi" this week: the host of the story's own meeting, before
        // another holder of the same bare title elsewhere ("President Rodrigo Duterte" in Manila); an earlier meeting at a
        // gathering abroad ("then Defense Minister Jeong Kyeong-doo" in Bangkok in 2019) is not so telling
        String visited = visitedScope(p);
        if (visited != null) {
            return visited;
        }
        String host = hostScope(p, meetings, participants, true);
        if (host != null) {
            return host;
        }
        // "President Sahle-Work Zewde" in a story that names President al-Sisi: many countries have a president, so the
        // country he received a visitor in tells more than another head's title; a minister's bare title tells more
        boolean head = !p.roles.isEmpty() && p.roles.stream().allMatch(r -> r.title().bodyIsScopeItself());
        host = hostScope(p, meetings, participants, false);
        if (head && host != null) {
            return host;
        }
        String office = sameOfficeScope(p, participants);
        if (office != null) {
            return office;
        }
        if (host != null) {
            return host;
        }
        String counterpart = header.publisherScope == null ? null : counterpartScope(p, meetings, participants);
        if (counterpart == null && "USA".equals(header.publisherScope) && noUsTitle(p)) {
            // "The Secretary looks forward to seeing Prime Minister John Key tomorrow", in a Pentagon readout from Auckland:
            // the United States has no prime minister and no ministers: he is of the foreigners the publisher's people met first,
            // else of the dateline's country, else of the one foreign country the story's meetings were in
            String hosts = hostsOfOwn(participants);
            String dateline = header.placeCountry;
            return hosts != null ? hosts : dateline != null && !dateline.equals(header.publisherScope) ? dateline : abroad(meetings, Set.of());
        }
        return counterpart != null ? counterpart : header.publisherScope;
    }

    /** "the then Secretary General", "the Special Envoy of the Secretary-General for Yemen": an organisation's post. */
    private static boolean secretaryGeneralOrEnvoy(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace('-', ' ');
        return t.endsWith("secretary general") || t.contains(" of the secretary general");
    }

    /** Titles no American official holds. */
    private static final Pattern NO_US_TITLE = Pattern.compile("(?i)\\b(minister|premier|chancellor|king|queen|emir|amir|sultan|crown prince)\\b");

    /** Whether one of his titles is one the United States does not have: "Prime Minister", "Foreign Minister", "King". */
    private static boolean noUsTitle(Person p) {
        return p.roles.stream().anyMatch(r -> NO_US_TITLE.matcher(r.title().text == null ? "" : r.title().text).find());
    }

    /**
     * "Secretary Blinken also met separately with Prime Minister Dorin Recean", in a readout of a visit to Chisinau: one
     * whom the publisher's own officials met is not theirs, but of the country named beside him ("President Emomali
     * Rahmon and, separately, Foreign Minister Sirojiddin Muhriddin"), else of the one foreign country the story's
     * meetings took place in; null when neither tells.
     */
    private String counterpartScope(Person p, List<Meetings.Pending> meetings, List<Set<Person>> participants) {
        String own = article.header.publisherScope;
        boolean metOwn = false;
        for (Set<Person> each : participants) {
            metOwn |= each.contains(p) && each.stream().anyMatch(o -> o != p && own.equals(o.scope));
        }
        if (!metOwn) {
            return null;
        }
        for (Sentence s : article.sentences) {
            Set<String> beside = new LinkedHashSet<>();
            boolean named = false;
            for (Sentence.Mention m : s.mentions) {
                if (m.kind != Sentence.MentionKind.PERSON || m.person == null) {
                    continue;
                }
                named |= m.person == p;
                String scope = m.person.scope;
                if (m.person != p && scope != null && !scope.equals(own) && !scope.equals(FactSetAssembly.UNKNOWN_SCOPE)
                        && article.g.isCountry(scope)) {
                    beside.add(scope);
                }
            }
            if (named && beside.size() == 1) {
                return beside.iterator().next();
            }
        }
        Set<PartialDate> days = new HashSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            if (participants.get(i).contains(p) && meetings.get(i).on() != null) {
                days.add(meetings.get(i).on());
            }
        }
        return abroad(meetings, days);
    }

    /** The one country of the foreigners the publisher's officials met first in the story ("met New Zealand Minister …"); or null. */
    private String hostsOfOwn(List<Set<Person>> participants) {
        String own = article.header.publisherScope;
        for (Set<Person> each : participants) {
            if (each.stream().anyMatch(o -> own.equals(o.scope))) {
                Set<String> foreign = new LinkedHashSet<>();
                each.stream().map(o -> o.scope).filter(sc -> sc != null && !sc.equals(own) && article.g.isCountry(sc)).forEach(foreign::add);
                return foreign.size() == 1 ? foreign.iterator().next() : null;
            }
        }
        return null;
    }

    /** Whether {@code on} is one of {@code days}, or inside one of them told only to its month ("during the visit"). */
    private static boolean during(PartialDate on, Set<PartialDate> days) {
        return on != null && days.stream().anyMatch(d -> d.equals(on)
                || d.precision() == DatePrecision.MONTH && !on.first().isBefore(d.first()) && !on.last().isAfter(d.last()));
    }

    /** The one foreign country the meetings of those days took place in, else the one of all the story's meetings; or null. */
    private String abroad(List<Meetings.Pending> meetings, Set<PartialDate> days) {
        for (boolean sameDay : new boolean[] {true, false}) {
            Set<String> visited = new LinkedHashSet<>();
            for (Meetings.Pending m : meetings) {
                String country = placeCountry(m.place());
                if (country != null && !country.equals(article.header.publisherScope) && (!sameDay || during(m.on(), days))) {
                    visited.add(country);
                }
            }
            if (visited.size() == 1) {
                return visited.iterator().next();
            }
        }
        return null;
    }

    /**
     * "travels next to Kyiv, where he is scheduled to see President Zelenskyy and Minister of Defense Andrii Taran": first
     * named in a clause opened by ", where" after a place or a country, he is of that place's country; or null.
     */
    private String visitedScope(Person p) {
        for (Sentence s : article.sentences) {
            for (Sentence.Mention m : s.mentions) {
                if (m.kind != Sentence.MentionKind.PERSON || m.person != p) {
                    continue;
                }
                for (Sentence.Place place : s.places) {
                    if (whereClause(place.end(), m) || toMeetAfter(place, m) || plannedThere(s, place, m)) {
                        return placeCountry(place.name());
                    }
                }
                for (Sentence.State state : s.states) {
                    // "he flew to the Republic of Congo, where veteran leader Denis Sassou Nguesso received him"
                    if (!state.alliance() && whereClause(state.end(), m)) {
                        return state.code();
                    }
                }
                return inviterScope(s, m);
            }
        }
        return null;
    }

    /** Whether the mention is in a clause opened by ", where" right after a place ending at {@code end}. */
    private boolean whereClause(int end, Sentence.Mention m) {
        return end + 1 < m.start && article.toks.get(end).is(",") && article.toks.get(end + 1).is("where")
                && !article.between(end + 1, m.start).contains(";");
    }

    /**
     * "will visit Kyiv on Friday to meet President Oleh Bondar", "travelled to Hanoi to see": whom a journey to a place goes
     * to meet, named within a few words of it, is of that place's country.
     */
    private boolean toMeetAfter(Sentence.Place place, Sentence.Mention m) {
        List<Token> toks = article.toks;
        if (place.end() >= m.start || m.start - place.end() > TO_MEET_REACH) {
            return false;
        }
        for (int k = place.end(); k + 1 < m.start; k++) {
            if (toks.get(k).type == Token.Type.PUNCT) {
                return false;
            }
            if (toks.get(k).is("to") && (toks.get(k + 1).is("meet") || toks.get(k + 1).is("see"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In Bogota on February 6, the Secretary will meet with President Santos and Foreign Minister Holguín", in a trip's
     * announcement: whom the stop's sentence plans to meet is of the place's country.
     */
    private boolean plannedThere(Sentence s, Sentence.Place place, Sentence.Mention m) {
        List<Token> toks = article.toks;
        if (place.start() - 1 != s.analysisFrom || !toks.get(s.analysisFrom).is("in") || place.end() >= m.start) {
            return false;
        }
        String between = article.between(place.end(), m.start);
        return !between.contains(";") && PLANNED_MEETING.matcher(between).find();
    }

    /** A meeting the sentence plans: "will meet with", "is to meet", "will hold talks with". */
    private static final Pattern PLANNED_MEETING = Pattern.compile(
            "\\b(?:will|is to|are to|is scheduled to|are scheduled to)\\s+(?:also\\s+)?(?:meet|see|hold talks)\\b");

    /** How far after a place the person a journey there goes to meet may be named. */
    private static final int TO_MEET_REACH = 10;

    /**
     * "At the invitation of Prime Minister Ravi Kumar, Prime Minister Tran Van Nam paid a State Visit to India": the one
     * who invites is of the country visited; or null.
     */
    private String inviterScope(Sentence s, Sentence.Mention m) {
        List<Token> toks = article.toks;
        if (m.start < s.analysisFrom + 3 || !toks.get(m.start - 1).is("of") || !toks.get(m.start - 2).is("invitation")) {
            return null;
        }
        for (Sentence.State st : s.states) {
            int to = st.start() - (toks.get(st.start() - 1).is("the") ? 2 : 1);
            if (!st.alliance() && to > s.analysisFrom && toks.get(to).is("to") && toks.get(to - 1).lower.startsWith("visit")) {
                return st.code();
            }
        }
        return null;
    }

    /** The country a meeting of his took place in when he met people of other countries there (only this week's, or any). */
    private String hostScope(Person p, List<Meetings.Pending> meetings, List<Set<Person>> participants, boolean thisWeek) {
        ArticleHeader header = article.header;
        for (int i = 0; i < meetings.size(); i++) {
            PartialDate on = meetings.get(i).on();
            // (a meeting dated to the story's month, "from 26 to 28 March", may be of its week)
            if (!participants.get(i).contains(p) || thisWeek && (on == null || article.published == null
                    || on.last().isBefore(article.published.minusDays(7)) || on.precision() == DatePrecision.YEAR)) {
                continue;
            }
            String evidence = meetings.get(i).provenance().evidence();
            if (evidence != null && (evidence.contains("sidelines") || evidence.contains("margins"))) {
                // "met at Sharm el-Sheikh, on the sidelines of the Non-Aligned summit": a gathering's venue hosts neither
                continue;
            }
            String place = placeCountry(meetings.get(i).place());
            String sameDay = place != null ? null : sameDayPlace(meetings, participants, i);
            // the story's opening visit before the dateline: "SHAPE, Belgium — SACEUR travelled to Belgrade, Serbia"
            String visit = place != null || sameDay != null ? null : visitCountry();
            String host = place != null ? place : sameDay != null ? sameDay
                    : visit != null ? visit : header.placeCountry;
            if ("USA".equals(host) && noUsTitle(p)) {
                // "Foreign Minister Mauro Vieira" at the White House: the United States has no ministers, so he is no host there
                continue;
            }
            Set<String> others = new HashSet<>();
            participants.get(i).stream().filter(o -> o != p && o.scope != null && !o.scope.equals(FactSetAssembly.UNKNOWN_SCOPE))
                    .forEach(o -> others.add(o.scope));
            if (others.size() >= 2 && !others.contains(host) && !namedHost(p, meetings.get(i).provenance())) {
                // "met in Singapore in May 2015, when Carter met Nakatani and Andrews": a meeting of several countries where
                // none of them is at home has no host
                continue;
            }
            for (Person other : participants.get(i)) {
                if (host != null && other != p && other.scope != null && !other.scope.equals(host)
                        && !other.scope.equals(FactSetAssembly.UNKNOWN_SCOPE)) {
                    return host;
                }
            }
        }
        return null;
    }

    /** Rules of a meeting whose subject receives the others. */
    private static final Set<String> HOSTING_RULES = Words.set("meeting:hosted", "meeting:received", "meeting:welcomed");

    /** "Isaias Afwerki hosted Egypt's Sisi and Somalia's Hassan Sheikh Mohamud in Asmara": the one named before "hosted". */
    private static boolean namedHost(Person p, Provenance provenance) {
        String rule = provenance.rule();
        String evidence = provenance.evidence();
        if (rule == null || evidence == null || HOSTING_RULES.stream().noneMatch(rule::startsWith)) {
            return false;
        }
        String verb = rule.substring(rule.indexOf(':') + 1).split(";")[0];
        int at = evidence.indexOf(" " + verb + " ");
        return at > 0 && p.spellings.stream().anyMatch(name -> {
            int named = evidence.indexOf(name);
            return named >= 0 && named < at;
        });
    }

    /**
     * "NATO Deputy Secretary General Mircea Geoană is visiting Chişinău on 14 and 15 September": the country a story's
     * opening visit goes to, where its meetings placed nowhere took place; or null.
     */
    private String visitCountry() {
        if (visitCountry == null) {
            visitCountry = Optional.empty();
            int seen = 0;
            for (Sentence s : article.sentences) {
                if (s.mentions.isEmpty() || ++seen > 3) {
                    continue;
                }
                for (int k = s.analysisFrom; k < s.to && visitCountry.isEmpty(); k++) {
                    if (!VISIT_VERBS.contains(article.toks.get(k).lower)) {
                        continue;
                    }
                    for (Sentence.Place place : s.places) {
                        if (place.start() > k && place.start() <= k + 3 && placeCountry(place.name()) != null) {
                            visitCountry = Optional.of(placeCountry(place.name()));
                        }
                    }
                    for (Sentence.State st : s.states) {
                        if (visitCountry.isEmpty() && !st.alliance() && st.start() > k && st.start() <= k + 3) {
                            visitCountry = Optional.of(st.code());
                        }
                    }
                }
                if (visitCountry.isPresent()) {
                    break;
                }
            }
        }
        return visitCountry.orElse(null);
    }

    private static final Set<String> VISIT_VERBS = Words.set("visiting", "visits", "visited", "visit", "arrived", "travelled", "traveled");

    /**
     * "hosted him in Helsinki on Aug. 14 … In the course of the day, Wolters held separate meetings with …", under a "SHAPE,
     * Belgium" dateline: where the other meetings of that day of the same people took place, when all in one country; or null.
     */
    private String sameDayPlace(List<Meetings.Pending> meetings, List<Set<Person>> participants, int meeting) {
        PartialDate on = meetings.get(meeting).on();
        // ("During the visit Mr Raab also met …", dated to the visit's month: the visit's other meetings of that month)
        boolean visit = on != null && meetings.get(meeting).provenance().rule().endsWith(";date:during-visit");
        String found = null;
        for (int i = 0; i < meetings.size(); i++) {
            Meetings.Pending m = meetings.get(i);
            boolean shared = participants.get(i).stream().anyMatch(participants.get(meeting)::contains);
            boolean sameTime = visit ? m.on() != null && !m.on().first().isBefore(on.first()) && !m.on().last().isAfter(on.last())
                    : on != null && on.precision() == DatePrecision.DAY && on.equals(m.on());
            // (a day: meetings dated only to the month, "from 17 to 19 April" in two countries, may be anywhere)
            String country = !sameTime || !shared ? null : placeCountry(m.place());
            if (country != null && found != null && !found.equals(country)) {
                return null;
            }
            found = country != null ? country : found;
        }
        return found;
    }

    /**
     * "then Defense Minister Jeong Kyeong-doo" in a story that names "Defense Minister Lee Jong-sup" of South Korea: a
     * bare title another person of the article holds, placed, is the same office, unless the two met (then "President
     * A met President B" names two presidents). Null when no one else holds it.
     */
    private String sameOfficeScope(Person p, List<Set<Person>> participants) {
        for (Person.Role r : p.roles) {
            if (r.title().scope != null || r.title().text == null || r.title().fixedBody != null) {
                continue;
            }
            for (Person other : persons) {
                if (other == p || other.scope == null || other.scope.equals(FactSetAssembly.UNKNOWN_SCOPE) || met(p, other, participants)) {
                    continue;
                }
                for (Person.Role o : other.roles) {
                    if (o.title().scope == null && r.title().text.equalsIgnoreCase(o.title().text)) {
                        return other.scope;
                    }
                }
            }
        }
        return null;
    }

    private static boolean met(Person a, Person b, List<Set<Person>> participants) {
        for (Set<Person> each : participants) {
            if (each.contains(a) && each.contains(b)) {
                return true;
            }
        }
        return false;
    }

    private Person firstPerson() {
        for (Person p : persons) {
            if (p.confirmed || p.inMeeting) {
                return p;
            }
        }
        return null;
    }

    /** The country of a meeting's place ("Kyiv" → UKR), or null; each place looked up once. */
    private String placeCountry(String place) {
        if (place == null) {
            return null;
        }
        return placeCountries.computeIfAbsent(place, key -> {
            List<Token> toks = Token.tokenize(key);
            return Optional.ofNullable(StatesAndPlaces.placeCountry(toks.isEmpty() ? null : article.g.index.match(toks, 0, toks.size())));
        }).orElse(null);
    }

    /**
     * The role the gazetteer knows the person held on the publication day, or, when the story puts him only in meetings
     * of more than a year before, on the day of the last of them ("In January 2023 Jens Stoltenberg held talks in Tokyo",
     * in a story of 2025: NATO's Secretary General then); or null.
     */
    KnownPeople.Role knownRole(Person p) {
        return p.known == null ? null : p.known.roleOn(roleDays.getOrDefault(p, article.published));
    }

    /** The last day of his meetings when all are dated more than a year before publication; or null. */
    private LocalDate pastMeetingDay(Person p, List<Meetings.Pending> meetings, List<Set<Person>> participants) {
        if (p.known == null || article.published == null) {
            return null;
        }
        // within the last year too when he held no office the gazetteer knows on the publication day ("since General Liang
        // came to see Secretary Panetta in May of last year", in a story of August 2013: his successor was minister then)
        KnownPeople.Role then = p.known.roleOn(article.published);
        boolean outOfOffice = then == null || then.title() == null;
        LocalDate before = outOfOffice ? article.published : article.published.minusYears(1);
        LocalDate last = null;
        for (int i = 0; i < meetings.size(); i++) {
            if (!participants.get(i).contains(p)) {
                continue;
            }
            PartialDate on = meetings.get(i).on();
            if (on == null || !on.last().isBefore(before)) {
                return null;
            }
            last = last == null || on.first().isAfter(last) ? on.first() : last;
        }
        return last;
    }

    /**
     * The roles to write for a person: those the text states, less a bare title that only repeats a fuller one
     * ("Secretary Austin" after "Secretary of Defense Lloyd Austin"); when it states none, the role the gazetteer
     * knows he held, else his country or alliance itself (heads of state, advisers and spokespeople represent it).
     *
     * @param p          the person, his scope decided
     * @param holdsRoles whether a gazetteer role holder's roles already stand for him
     */
    List<Person.Role> rolesOf(Person p, boolean holdsRoles) {
        if (!p.roles.isEmpty()) {
            List<Person.Role> kept = new ArrayList<>(p.roles.size());
            for (Person.Role r : p.roles) {
                if (!repeatsFullerRole(p, r)) {
                    kept.add(knownBody(p, publishersOwn(p, r)));
                }
            }
            return kept;
        }
        if (holdsRoles || p.scope.equals(FactSetAssembly.UNKNOWN_SCOPE)) {
            return List.of();
        }
        TitleInfo t = new TitleInfo(article.g.countryBodies);
        KnownPeople.Role known = knownRole(p);
        if (known != null && known.scope().equals(p.scope)) {
            t.text = known.title();
            t.fixedBody = known.body();
            t.bodySlug = known.bodySlug();
            t.scope = known.scope();
            return List.of(new Person.Role(t, null, "role:known-person", 0.6));
        }
        t.scope = p.scope;
        return List.of(new Person.Role(t, null, "role:scope", 0.5));
    }

    /**
     * "Secretary Austin", "Minister Shoigu": a title that names no body, held by someone the office holders' tables know in
     * that country on the day under a fuller title of a body (Secretary of Defense), belongs to that body, when every word
     * of it is a word of the fuller one.
     */
    private Person.Role knownBody(Person p, Person.Role r) {
        TitleInfo t = r.title();
        if (!t.bodyIsScopeItself() || t.text == null || t.scope != null && !t.scope.equals(p.scope)) {
            return r;
        }
        KnownPeople.Role known = knownRole(p);
        if (known == null || known.title() == null || !known.scope().equals(p.scope)
                || known.body() == null && known.bodySlug() == null) {
            return r;
        }
        Set<String> bare = Words.letterSet(t.text);
        bare.remove("");
        if (!Words.letterSet(known.title()).containsAll(bare)) {
            return r;
        }
        TitleInfo own = new TitleInfo(article.g.countryBodies);
        own.text = t.text;
        own.fixedBody = known.body();
        own.bodySlug = known.bodySlug();
        own.scope = known.scope();
        return new Person.Role(own, r.evidence(), r.rule(), r.confidence());
    }

    /**
     * "Spokesperson Ned Price" in a State Department release, "Press Secretary John F. Kirby" in a Pentagon one:
     * a title the gazetteer does not know, naming no body, held by one of the publisher's people, is a post in
     * the publishing body.
     */
    private Person.Role publishersOwn(Person p, Person.Role r) {
        TitleInfo t = r.title();
        ArticleHeader header = article.header;
        if (header.publisherBody == null || t.key != null || !t.bodyIsScopeItself() || t.scope != null && !t.scope.equals(p.scope)
                || !p.scope.equals(header.publisherScope)) {
            return r;
        }
        TitleInfo own = new TitleInfo(article.g.countryBodies);
        own.text = t.text;
        own.fixedBody = header.publisherBody;
        own.scope = p.scope;
        return new Person.Role(own, r.evidence(), "role:publisher-body", r.confidence() - 0.1);
    }

    /**
     * A title that names no body, beside another of his that names one, and that either only shortens it
     * ("President Michel" for the President of the European Council) or is no gazetteer title at all
     * ("Secretary Austin", "Senior Undersecretary Galvez" of the Department of National Defense).
     */
    private static boolean repeatsFullerRole(Person p, Person.Role r) {
        TitleInfo t = r.title();
        if (!t.bodyIsScopeItself() || t.text == null) {
            return false;
        }
        Set<String> words = Words.letterSet(t.text);
        for (Person.Role other : p.roles) {
            TitleInfo o = other.title();
            if (other != r && o.text != null && !o.bodyIsScopeItself() && (t.key == null || Words.letterSet(o.text).containsAll(words))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lloyd J. Austin III" → lloyd-austin; "Retno L.P. Marsudi" → retno-marsudi; "K.P. Sharma Oli" → kp-sharma-oli;
     * "Ferdinand R. Marcos Jr." → ferdinand-marcos-jr when known as Marcos Jr.
     */
    static String slug(Person p) {
        boolean keepSuffix = p.known != null && p.known.keepsSuffix();
        boolean keepInitials = p.known != null && p.known.keepsInitials();
        StringBuilder name = new StringBuilder();
        String[] words = Words.spaceSplit(p.name);
        int first = 0;
        while (first < words.length - 1 && KnownPeople.dottedInitials(words[first])) {
            // "K.P. Sharma Oli", "K. P. Sharma Oli": leading initials are one given name, as in "KP Sharma Oli"
            name.append(words[first].replace(".", ""));
            first++;
        }
        for (int i = first; i < words.length; i++) {
            String w = words[i];
            boolean initial = KnownPeople.dottedInitials(w) && i > 0 && i < words.length - 1;
            boolean suffix = i > 0 && KnownPeople.SUFFIXES.contains(w.replace(",", "").toLowerCase(Locale.ROOT));
            if (initial && !keepInitials || suffix && !keepSuffix) {
                continue;
            }
            name.append(name.length() == 0 ? "" : " ").append(w);
        }
        return org.diplograph.names.NameKeys.slug(name.toString());
    }
}
