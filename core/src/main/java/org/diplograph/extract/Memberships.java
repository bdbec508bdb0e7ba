package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.model.ActorId;
import org.diplograph.model.Membership;
import org.diplograph.model.Provenance;

/**
 * The membership rule: "member(s)", "membership", "ally", "allies" or "joined" near an alliance makes the
 * countries it is said of its members: "NATO member Turkey", "Armenia's membership in the CSTO", "France was
 * a member of NATO and the EU", "the SCO's eight members — China, Russia, … and Uzbekistan", "the leaders of
 * Russia, Belarus and Tajikistan, the other members of the bloc". Not when negated, nor of a country that
 * hopes, applies or is invited to be one ("hoped to become a full member", "began the procedure for becoming a
 * member", "aspiring to membership"), nor of a partner or a guest.
 */
final class Memberships {

    private static final Set<String> TRIGGERS = Words.set("member", "members", "membership", "ally", "allies", "joined", "entered",
            "belong", "belongs", "belonged", "admitted");
    private static final Set<String> NEGATIONS = Words.set("not", "non", "never", "n't", "no", "nor");
    /** Words that put what follows "to" ahead: "looked forward to welcoming Finland as a member". */
    private static final Set<String> LOOKING_AHEAD = Words.set("forward", "hopes", "hope", "hoped", "expects", "expect", "expected",
            "plans", "plan", "intends", "ready", "set");
    /** Words that put an entry ahead: "the forthcoming admission of Belarus". */
    private static final Set<String> AHEAD = Words.set("forthcoming", "upcoming", "pending", "planned", "expected", "imminent");
    /** Nouns of joining: "admission", "accession". */
    private static final Set<String> ENTRY = Words.set("admission", "accession", "entry", "joining");
    /** A membership hoped for, sought, offered or on the way, not held. */
    private static final Set<String> NOT_YET = Words.set("become", "becoming", "becomes", "aspiring", "aspires", "aspire",
            "aspirant", "aspirants", "candidate", "candidates", "prospective", "would-be", "future", "bid", "bids", "seek",
            "seeks", "seeking", "sought", "applied", "apply", "applies", "application", "applying", "invited", "invitation",
            "hopes", "hoped", "hoping", "wants", "wanted", "eventual", "path", "towards", "toward", "accession", "associate",
            "observer", "observers", "guest", "guests", "will", "would", "could", "may", "might", "to", "way", "door", "road",
            "negotiations", "process", "procedure");
    /** Verbs after "to" that put a membership ahead: "to become a member", "to join as a member". */
    private static final Set<String> TO_ENTER = Words.set("become", "join", "be", "gain", "enter", "accede", "win", "secure", "full",
            "a", "an");
    /** "support for Ukraine's membership", "open the door to …", "to grant Palestine full membership": a membership sought. */
    private static final Set<String> SOUGHT = Words.set("support", "supports", "supported", "open", "opened", "irreversible", "for",
            "grant", "granting");
    private static final int MEMBERSHIP_REACH = 8;
    /** Words that may stand between a country and what is said of it: "France was a member", "Tajikistan, the other members". */
    private static final Set<String> COPULA_GAP = Words.set(",", "is", "are", "was", "were", "a", "an", "the", "fellow", "founding",
            "full", "other", "both", "all", "each", "also", "now", "still", "already", "which", "being", "as", "'s", "existing",
            "its", "their", "of", "remains", "remain", "remained", "became", "has", "have", "had", "been", "long", "longtime",
            "—", "–", "-", "newest", "oldest", "close", "closest", "staunch", "steadfast", "loyal", "trusted", "valued", "key",
            "strong", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "only", "sole", "first", "last",
            // "Montenegro, a committed Ally": the praise a member is given
            "committed", "reliable", "important", "active", "dedicated", "faithful", "stalwart", "respected", "valuable",
            "capable", "engaged", "proud", "true", "firm", "great", "good", "highly", "very", "most",
            "formally", "officially", "finally", "eventually", "recently", "subsequently", "among",
            // "Denmark, Finland and Sweden, whose countries are Member States of the European Union"
            "whose", "countries",
            // "Turkey's role as a NATO Ally"
            "role",
            // "Russia and Armenia are allies and fellow members of the CSTO" (with "and" right after: see only())
            "allies", "neighbours", "neighbors",
            // "Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan are also our allies in the CSTO"
            "our",
            // "Armenia and Azerbaijan are among the 57 participating States of the OSCE"
            "participating",
            // "Solomon Islands is one of the Forum's 18 members", "one of the bloc's founders"; "A, B and C, all of them NATO Allies"
            "one", "them", "bloc", "forum", "alliance", "organisation", "organization", "league");
    /** "Japan, the only Asian member of the G7", "its first Nordic member". */
    private static final Set<String> COPULA_OR_REGION = Words.union(COPULA_GAP, Article.REGIONS);
    /** Words that open when a membership began: "a member since 1997", "which joined in 2023", "admitted at the end of 2010". */
    private static final Set<String> SINCE_WORDS = Words.set("since", "in", "on", "at", "from");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");
    /** Ordinals that rank a member rather than count them: "the first members", "the latest members". */
    private static final Set<String> RANKS = Words.set("first", "second", "third", "last", "latest");
    /** Words that may stand between a membership and the countries listed after it: "members — China, Russia". */
    private static final Set<String> LIST_GAP = Words.set(",", "—", "–", "-", ":", "(", "of", "the", "are", "were", "include",
            "includes", "including", "such", "as", "namely", "like", "states", "countries", "nations", "among", "them");
    /** The alliance named again by a common noun: "the other members of the bloc", "The League restored …". */
    private static final Set<String> BLOC_NOUNS = Words.set("bloc", "organisation", "organization", "alliance", "league", "union",
            "grouping", "group", "forum");
    /** "a member of the Russian-led Collective Security Treaty Organization": how far the alliance may follow. */
    private static final int ALLIANCE_AFTER = 7;
    private static final int COUNTRY_REACH = 8;
    /** Verbs and participles that list what an alliance is made of. */
    private static final Set<String> COMPOSES = Words.set("comprises", "comprising", "comprised", "groups", "grouping", "unites",
            "uniting", "includes", "including", "encompasses", "spans", "admitted");
    /** What may stand between an alliance and the verb listing its make-up: "the SCO, which now groups". */
    private static final Set<String> COMPOSITION_GAP = Words.set(",", "which", "that", "now", "also", "currently", "today", "brings",
            "bringing", "brought", "made", "is", "was", "consists", "consisting", "composed", "—", "(", ")", "founded", "formed",
            "created", "established");
    /** Participles of an alliance's founding, before "by" and its founders. */
    private static final Set<String> FOUNDED = Words.set("founded", "formed", "created", "established");
    private static final String UNIVERSAL = "UN";
    /** "joined NATO on 12 March 1999, together with the": the states that joined at once with the subject follow. */
    private static final Pattern JOINED_WITH = Pattern.compile("(?s)[^;]*\\b(together with|along with|at the same time as)\\s+(the\\s+)?");
    /** Nouns of an alliance's chair, which a member state holds in turn. */
    private static final Set<String> CHAIRS = Words.set("chairmanship", "chairship", "chairpersonship", "presidency", "chair");
    /** Verbs of holding a chair: "holds the rotating chairmanship of". */
    private static final Set<String> HOLDS = Words.set("holds", "held", "hold", "holding", "assumed", "assumes", "assume", "took",
            "takes", "taking", "over", "chairs", "chaired", "chairing");
    /** What may stand between a state and its chair: "Kazakhstan, which currently holds the rotating chairmanship of". */
    private static final Set<String> CHAIR_GAP = Words.union(HOLDS, Set.of(",", "which", "that", "currently", "now", "also", "this",
            "year", "'s", "the", "rotating", "current", "annual", "has", "had", "its", "on", "incoming", "outgoing", "six-month",
            "year-long", "then"));
    /** What "the two" or "both" may be of in a sentence's subject: the story's two countries or their people. */
    private static final Set<String> TWO_OF = Words.set("countries", "nations", "states", "sides", "governments", "leaders",
            "ministers", "presidents", "heads", "delegations", "foreign", "defence", "defense", "prime", "chiefs", "secretaries",
            "counterparts");
    /** How far before a membership word "both countries" may stand: "The two countries are both founding NATO members". */
    private static final int BOTH_REACH = 6;
    /** What may follow the alliance a country "joined": "joined NATO in 2023", "joined BRICS this year" (not "joined NATO leaders"). */
    private static final Set<String> JOINED_WHEN = Words.set("in", "on", "as", "this", "last", "earlier", "at", "after", "when", "only",
            // "entered BRICS together in January 2024", "joined the BRICS group of emerging economies"
            "together", "group", "bloc");
    private static final Set<String> FOUNDERS = Words.set("founders", "founding", "original", "members", "member", "new");
    private static final Pattern ORDINAL = Pattern.compile("\\d+|st|nd|rd|th|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|latest|last|youngest|largest|biggest|smallest");

    private final Article article;
    private final Gazetteer g;
    private final List<Token> toks;
    private final Map<String, Membership> memberships = new LinkedHashMap<>();
    /** The last alliance the article named: what "the bloc" means. */
    private String lastAlliance;
    /** Whom "our" speaks for. */
    private final PartnerPairs pairs;

    Memberships(Article article) {
        this.article = article;
        this.g = article.g;
        this.toks = article.toks;
        this.pairs = new PartnerPairs(article);
    }

    /**
     * "members of the Group of Twenty", "the Union of South American Nations": a bloc noun that a name goes on from is that
     * group's own name, not the bloc the article named last.
     */
    private boolean namesItsOwn(Sentence s, int k) {
        return toks.get(k).capitalised() && k + 2 < s.to && toks.get(k + 1).is("of")
                && (toks.get(k + 2).capitalised() || toks.get(k + 2).type == Token.Type.NUMBER);
    }

    /** The memberships read so far, in the order first stated. */
    Collection<Membership> found() {
        return memberships.values();
    }

    /** Reads the memberships a sentence states. */
    void read(Sentence s) {
        // the members of the sentence's last membership, for a predicate joined to it: "A, B and C are NATO Allies of
        // Canada and members of the European Union"
        List<Sentence.State> lastMembers = List.of();
        for (int i = s.analysisFrom; i < s.to; i++) {
            String w = toks.get(i).lower;
            String composed = composition(s, i);
            if (composed != null) {
                for (Sentence.State st : members(s, i, List.of(composed), false)) {
                    add(s, st, composed, "membership:composition");
                }
                continue;
            }
            String[] chair = chair(s, i);
            if (chair != null) {
                add(s, chair[0], chair[1], "membership:chair");
                continue;
            }
            if (!TRIGGERS.contains(w) && !memberStates(s, i) || notHeld(s, i)) {
                continue;
            }
            List<String> alliances = alliances(s, i);
            if (alliances.isEmpty()) {
                continue;
            }
            List<Sentence.State> members = members(s, i, alliances, true);
            if (members.isEmpty()) {
                // "The United States, Germany and their fellow Allies", "Greece and other NATO members"
                members = fellowsBefore(s, i);
            }
            int and = i - 1;
            while (and > s.analysisFrom && toks.get(and).isAny("fellow", "founding", "full", "also", "a", "an")) {
                and--;
            }
            if (members.isEmpty() && toks.get(i).isAny("members", "member") && and > s.analysisFrom && toks.get(and).isAny("and", ",")) {
                // "are founding members of NATO and fellow members of the G7", "is a member of the Commonwealth, a founding
                // member of the East African Community and a member of …"
                members = lastMembers;
            }
            Sentence.State gapped = !members.isEmpty() && toks.get(i).is("joined") ? joinedToo(s, i) : null;
            if (gapped != null) {
                // "Finland joined NATO in April 2023 and Sweden in March 2024": the second joined too
                members = new ArrayList<>(members);
                members.add(gapped);
            }
            lastMembers = members.isEmpty() ? lastMembers : members;
            for (Sentence.State st : members) {
                for (String alliance : alliances) {
                    add(s, st, alliance, "membership:stated");
                }
            }
            for (String state : members.isEmpty() ? whoseCountries(s, i) : List.<String>of()) {
                for (String alliance : alliances) {
                    add(s, state, alliance, "membership:stated");
                }
            }
            for (String state : members.isEmpty() ? statesOfHeadsListed(s, i) : List.<String>of()) {
                for (String alliance : alliances) {
                    add(s, state, alliance, "membership:heads-listed");
                }
            }
            Sentence.State itsSubject = members.isEmpty() ? ofWhichIt(s, i) : null;
            for (int k = 0; itsSubject != null && k < alliances.size(); k++) {
                // "Turkey, for its part, remains anchored in NATO, of which it has been a member since 1952"
                add(s, itsSubject, alliances.get(k), "membership:stated");
            }
            String[] two = members.isEmpty() && (bothCountriesBefore(s, i) || bothCountriesAfterAs(s, i) || theTwoOf(s, i))
                    ? ourTwoOrLastTwo(s, i) : null;
            for (int k = 0; two != null && k < two.length; k++) {
                // "Both countries belong to NATO": the two countries whose people the story named last
                for (String alliance : alliances) {
                    add(s, two[k], alliance, "membership:stated");
                }
            }
        }
        for (Sentence.State st : s.states) {
            // "the bloc", "the group": never the United Nations, which every state belongs to
            lastAlliance = st.alliance() && !st.code().equals(UNIVERSAL) ? st.code() : lastAlliance;
        }
    }

    private void add(Sentence s, Sentence.State member, String alliance, String rule) {
        add(s, member.code(), alliance, rule);
    }

    private void add(Sentence s, String member, String alliance, String rule) {
        if (g.isCountry(member) && BlocMembers.builtIn().contradicts(member, alliance, article.published)) {
            // (the record lists member states: "the EU, a G20 member" is taken as the text says)
            // "the framework inherited from the UK's membership of the European Union", in 2022: not a member on the day
            return;
        }
        memberships.putIfAbsent(member + "|" + alliance, new Membership(ActorId.of(member), ActorId.of(alliance),
                null, null, new Provenance(s.evidence(), rule, 0.75)));
    }

    /** Between a country and the owner of the allies it is one of: " is one of the ", ", one of the ". */
    private static final Pattern ONE_OF = Pattern.compile("(?s)\\s*(,\\s*)?((is|was|remains)\\s+)?one\\s+of\\s+(the\\s+)?");

    /** "…, of which it has been a member": the sentence's first country, whom "it" stands for; else null. */
    private Sentence.State ofWhichIt(Sentence s, int i) {
        int it = -1;
        for (int k = i - 1; k >= Math.max(s.analysisFrom + 2, i - 6) && it < 0; k--) {
            it = toks.get(k).is("it") && toks.get(k - 1).is("which") && toks.get(k - 2).is("of") ? k : -1;
        }
        for (int k = i - 1; k >= Math.max(s.analysisFrom, i - 6) && it < 0; k--) {
            // "Armenia is not a member of the Alliance; it remains a member of the CSTO"
            it = toks.get(k).is("it") && only(s, k + 1, i, COPULA_GAP) && (k == s.analysisFrom || toks.get(k - 1).isAny(";", ","))
                    ? k : -1;
        }
        if (it < 0) {
            return null;
        }
        for (Sentence.State st : s.states) {
            if (st.start() < it && !st.alliance() && g.isCountry(st.code())) {
                return st;
            }
        }
        if (it == s.analysisFrom && s.index > 0) {
            // "Armenia is not a member of the Alliance. It remains a member of the CSTO": the last sentence's first country
            for (Sentence.State st : article.sentences.get(s.index - 1).states) {
                if (!st.alliance() && g.isCountry(st.code())) {
                    return st;
                }
            }
        }
        return null;
    }

    /**
     * "with the heads of the Eurasian Economic Union member states: President of Russia Vladimir Putin, Prime Minister of
     * Armenia Nikol Pashinyan, …": the states of the people listed after the colon; none for any other sentence.
     */
    private List<String> statesOfHeadsListed(Sentence s, int i) {
        if (i + 2 >= s.to || !toks.get(i).is("member") || !(toks.get(i + 1).is("states") || toks.get(i + 1).is("countries"))
                || !toks.get(i + 2).is(":")) {
            return List.of();
        }
        boolean heads = false;
        for (int k = Math.max(s.analysisFrom, i - 10); k < i && !heads; k++) {
            heads = toks.get(k).is("heads") || toks.get(k).is("leaders");
        }
        List<String> states = new ArrayList<>();
        for (Sentence.Mention m : s.mentions) {
            String scope = m.start > i + 2 && m.kind == Sentence.MentionKind.PERSON && m.person != null
                    ? m.person.scopeOn(article.published) : null;
            if (heads && scope != null && g.countries.containsKey(scope) && !states.contains(scope)) {
                states.add(scope);
            }
        }
        return states;
    }

    /**
     * "met Mirziyoyev and Japarov, whose countries are both SCO member states": the countries of the people listed right
     * before ", whose countries"; none for any other sentence.
     */
    private List<String> whoseCountries(Sentence s, int i) {
        int whose = -1;
        for (int k = i - 1; k - 1 > s.analysisFrom && k >= i - 7 && whose < 0; k--) {
            whose = toks.get(k).is("whose") && toks.get(k - 1).is(",") && k + 2 < i && toks.get(k + 1).isAny("countries", "nations")
                    && toks.get(k + 2).isAny("are", "were") ? k - 1 : -1;
        }
        if (whose < 0) {
            return List.of();
        }
        List<String> states = new ArrayList<>();
        Sentence.Mention next = null;
        for (int n = s.mentions.size() - 1; n >= 0; n--) {
            Sentence.Mention m = s.mentions.get(n);
            if (m.end > whose) {
                continue;
            }
            boolean joined = next == null ? m.end == whose
                    : PersonMentions.COORDINATED.matcher(article.between(m.end, next.start)).matches();
            String scope = m.kind == Sentence.MentionKind.PERSON && m.person != null ? m.person.scopeOn(article.published) : null;
            if (!joined || scope == null || !g.isCountry(scope)) {
                break;
            }
            states.add(0, scope);
            next = m;
        }
        return states.size() >= 2 ? states : List.of();
    }

    /**
     * "The United States, Germany and their fellow Allies", "Greece and other NATO members", "Spain, like other EU members,",
     * "Poland, like all NATO members,": the states listed right before "and their fellow", "and other" or ", like other" (", like
     * all", ", like every", ", like fellow"); none otherwise.
     */
    private List<Sentence.State> fellowsBefore(Sentence s, int i) {
        int k = i - 1;
        for (Sentence.State st : s.states) {
            k = st.alliance() && st.end() == i ? st.start() - 1 : k;
        }
        if (k - 1 < s.analysisFrom) {
            return List.of();
        }
        if (toks.get(k).is("fellow") && toks.get(k - 1).isAny("their", "its")) {
            k -= 2;
        } else if (toks.get(k).isAny("other", "all", "every", "fellow")) {
            // (", like all NATO members,", ", like every EU member,", ", like fellow ASEAN members,")
            boolean other = toks.get(k).is("other");
            k--;
            if (!other && !(k - 1 >= s.analysisFrom && toks.get(k).is("like") && toks.get(k - 1).is(","))) {
                return List.of();
            }
        } else {
            return List.of();
        }
        boolean like = k - 1 >= s.analysisFrom && toks.get(k).is("like") && toks.get(k - 1).is(",");
        if (!(like || k >= s.analysisFrom && toks.get(k).is("and"))) {
            return List.of();
        }
        int end = like ? k - 1 : k;
        List<Sentence.State> out = new ArrayList<>();
        for (int n = s.states.size() - 1; n >= 0; n--) {
            Sentence.State st = s.states.get(n);
            if (st.end() > end || st.alliance()) {
                continue;
            }
            boolean joined = out.isEmpty() ? st.end() == end
                    : PartnerPairs.LIST.matcher(article.between(st.end(), out.get(0).start())).matches();
            if (!joined) {
                break;
            }
            out.add(0, st);
        }
        return out;
    }

    /**
     * The two countries a subject of "both" or "the two" means: the speaker's and the story's other country for "our two
     * countries" or "both our countries" (said in London of Nigeria, after a stop in South Africa), else the two whose
     * people the story named last.
     */
    private String[] ourTwoOrLastTwo(Sentence s, int i) {
        for (int k = i - 1; k > s.analysisFrom && k >= i - BOTH_REACH; k--) {
            if (toks.get(k).isAny("countries", "nations") && toks.get(k - 1).is("two") && k - 2 >= s.analysisFrom && toks.get(k - 2).is("our")
                    || toks.get(k).isAny("countries", "nations") && toks.get(k - 1).is("our")) {
                String we = pairs.ours(s);
                String other = we == null ? null : article.otherCountry(s, we);
                if (other != null) {
                    return new String[] {we, other};
                }
            }
        }
        return article.lastTwoCountries(s, true);
    }

    /** "Both countries belong to NATO", "The two countries are NATO allies": the subject is the story's two countries. */
    private boolean bothCountriesBefore(Sentence s, int i) {
        if (i - 2 >= s.analysisFrom && toks.get(i - 2).is("both") && (toks.get(i - 1).is("are") || toks.get(i - 1).is("were"))
                && (i - 2 == s.analysisFrom || i - 3 > s.analysisFrom && (toks.get(i - 3).is("which") || toks.get(i - 3).is("where")))) {
            // "within APEC, of which both are members", "Both are member states of the SCO.": the story's two countries
            return true;
        }
        for (int k = i - 1; k > s.analysisFrom && k >= i - BOTH_REACH; k--) {
            String w = toks.get(k).lower;
            // "both countries", "our two countries", "both our countries"
            boolean ours = k - 2 > s.analysisFrom && toks.get(k - 1).is("our") && toks.get(k - 2).is("both");
            if ((w.equals("countries") || w.equals("nations")) && (toks.get(k - 1).is("both") || toks.get(k - 1).is("two") || ours)) {
                int subject = ours ? k - 3 : k - 2;
                return s.states.stream().noneMatch(st -> !st.alliance() && st.start() < i && st.end() > subject);
            }
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "As members of the G20, the two countries will …", "As fellow members of BRICS, the two Ministers discussed …", "As
     * NATO Allies, they also discussed …": the opening phrase's subject is the story's two countries or their people.
     */
    private boolean bothCountriesAfterAs(Sentence s, int i) {
        int subject = asPhraseSubject(s, i);
        if (subject <= 0 || subject >= s.to) {
            return false;
        }
        return toks.get(subject).is("they") || (toks.get(subject).is("two") || toks.get(subject).is("both"))
                && subject + 1 < s.to && TWO_OF.contains(toks.get(subject + 1).lower);
    }

    /** "Ties between the two NATO allies", "the two CSTO members": the story's two countries, by the alliance's word. */
    private boolean theTwoOf(Sentence s, int i) {
        for (Sentence.State st : s.states) {
            if (st.alliance() && st.end() == i && st.start() - 2 >= s.analysisFrom && toks.get(st.start() - 1).is("two")
                    && (toks.get(st.start() - 2).is("the") || toks.get(st.start() - 2).is("our"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words right before a group's noun ("…'s Enhanced Opportunities Partners, a group") name partners. */
    private boolean partnersGroup(Sentence s, int article) {
        int k = article - 1;
        k -= k >= s.analysisFrom && toks.get(k).is(",") ? 1 : 0;
        return k >= s.analysisFrom && toks.get(k).lower.startsWith("partner");
    }

    /** Those who are no members, before "of" and the alliance: "Partners for Co-operation of", "the observers of the". */
    private static final Set<String> NON_MEMBERS = Words.set("observers", "observer", "guests", "guest", "candidates", "aspirants",
            "applicants", "invitees");

    /** Whether "partners of (the)", "observers of (the)" stand right before {@code at}: the list after it is theirs. */
    private boolean ofNonMembers(Sentence s, int at) {
        int k = at - 1;
        k -= k >= s.analysisFrom && toks.get(k).is("the") ? 1 : 0;
        if (k - 1 < s.analysisFrom || !toks.get(k).is("of")) {
            return false;
        }
        for (int n = k - 1; n >= s.analysisFrom && n >= k - 6; n--) {
            String w = toks.get(n).lower;
            if (w.startsWith("partner") || NON_MEMBERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The SCO, which groups China, Russia, …", "the bloc comprising Brazil, …", "the CSTO brings together …",
     * "an alliance made up of …": the alliance whose make-up the word at {@code i} lists, or null.
     */
    private String composition(Sentence s, int i) {
        Token t = toks.get(i);
        // "the BRICS group of Brazil, Russia, …": the alliance's name right before "group of"
        Sentence.State named = t.is("of") && i - 1 > s.analysisFrom && (toks.get(i - 1).is("group") || toks.get(i - 1).is("grouping"))
                ? stateEndingAt(s, i - 1) : null;
        boolean groupOf = named != null && named.alliance();
        // "The bloc was founded by Argentina, Brazil, Paraguay and Uruguay": its founders
        boolean foundedBy = t.is("by") && i - 1 > s.analysisFrom && FOUNDED.contains(toks.get(i - 1).lower);
        String isAGroupOf = isAGroupOf(s, i);
        if (isAGroupOf != null) {
            return isAGroupOf;
        }
        boolean composes = COMPOSES.contains(t.lower) || groupOf || foundedBy
                || t.is("together") && i > s.analysisFrom && toks.get(i - 1).lower.startsWith("br")
                || t.is("of") && i > s.analysisFrom && (toks.get(i - 1).is("up") || toks.get(i - 1).lower.startsWith("consist")
                        || toks.get(i - 1).is("composed"));
        if (!composes && (t.is("are") || t.is("include")) && i - 2 > s.analysisFrom && toks.get(i - 1).is("members")
                && toks.get(i - 2).is("whose")) {
            // "the Shanghai Cooperation Organisation (SCO), a regional security bloc whose members are China, India, …"
            Sentence.State alliance = null;
            for (Sentence.State st : s.states) {
                alliance = st.alliance() && st.end() <= i - 2 && i - 2 - st.end() <= 8 ? st : alliance;
            }
            return alliance == null ? null : alliance.code();
        }
        if (!composes) {
            return null;
        }
        int verb = groupOf || foundedBy ? i - 1 : t.is("together") || t.is("of") ? i - (toks.get(i - 1).is("up") ? 2 : 1) : i;
        for (Sentence.State st : s.states) {
            if (st.alliance() && st.end() <= verb && only(s, st.end(), verb, COMPOSITION_GAP)) {
                // ("Partners for Co-operation of the Organization, including Afghanistan and Mongolia": its partners listed)
                return ofNonMembers(s, st.start()) ? null : st.code();
            }
        }
        // "the bloc, which groups …"; "now sit in a bloc that admitted …" after the sentence named it
        String before = lastAlliance;
        for (Sentence.State st : s.states) {
            before = st.alliance() && st.end() <= verb && !st.code().equals(UNIVERSAL) ? st.code() : before;
        }
        for (int k = verb - 1; k > s.analysisFrom && k >= verb - 4 && before != null; k--) {
            if (BLOC_NOUNS.contains(toks.get(k).lower) && (toks.get(k - 1).is("the") || toks.get(k - 1).is("a"))
                    && only(s, k + 1, verb, COMPOSITION_GAP)) {
                // "NATO's Enhanced Opportunities Partners, a group that also includes Australia": its partners, not members
                return partnersGroup(s, k - 1) || ofNonMembers(s, k - 1) ? null : before;
            }
        }
        return null;
    }

    /** What an alliance is "a … of": "AUKUS is a partnership of Australia, the United Kingdom and the United States". */
    private static final Set<String> GROUP_NOUNS = Words.set("partnership", "alliance", "bloc", "group", "grouping", "union",
            "pact", "club", "coalition", "forum", "association", "organisation", "organization", "community");

    /** The alliance named as the subject of "is a … of" at {@code i}, or null. */
    private String isAGroupOf(Sentence s, int i) {
        if (!toks.get(i).is("of") || i - 1 <= s.analysisFrom || !GROUP_NOUNS.contains(toks.get(i - 1).lower)) {
            return null;
        }
        int k = i - 2;
        while (k > s.analysisFrom && k >= i - 5 && toks.get(k).isWord() && !toks.get(k).capitalised() && !toks.get(k).isAny("a", "an")) {
            k--;
        }
        if (k - 1 <= s.analysisFrom || !toks.get(k).isAny("a", "an") || !toks.get(k - 1).isAny("is", "was")) {
            return null;
        }
        Sentence.State named = stateEndingAt(s, k - 1);
        return named != null && named.alliance() ? named.code() : null;
    }

    /**
     * Nouns that say membership by the alliance's name: "two Gulf Cooperation Council states", "EU countries such as …",
     * "the States Parties of Mercosur – A, B …", "the OSCE participating States".
     */
    private boolean memberStates(Sentence s, int i) {
        Token t = toks.get(i);
        if (i <= s.analysisFrom || !(t.is("states") || t.is("countries") || t.is("nations") || t.is("parties"))) {
            return false;
        }
        Token before = toks.get(i - 1);
        if (t.is("parties") || before.is("participating")) {
            return before.is("states") || before.is("state") || before.is("participating");
        }
        for (Sentence.State st : s.states) {
            if (st.alliance() && st.end() == i && !st.code().equals(UNIVERSAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A state that chairs an alliance is one of its members: "Kazakhstan's chairmanship of the SCO", "Poland's EU
     * presidency", "Kazakhstan holds the rotating chairmanship of the SCO", "Senegal, which chairs the African Union".
     * The state and the alliance, or null. (A person who chairs one is no state: "Macky Sall, who chairs the AU".)
     */
    private String[] chair(Sentence s, int i) {
        Token t = toks.get(i);
        boolean verb = t.is("chairs") || t.is("chaired") || t.is("chairing");
        if (!verb && !CHAIRS.contains(t.lower)) {
            return null;
        }
        // where an alliance named after the word starts: "chairmanship of (the) SCO", "chairs (the) African Union"
        int of = i + 1 < s.to && toks.get(i + 1).is("of") ? i + 2 : verb ? i + 1 : -1;
        if (of > 0 && of + 3 < s.to && toks.get(of).is("the") && toks.get(of + 1).is("council") && toks.get(of + 2).is("of")) {
            // "Poland's Presidency of the Council of the European Union": the Union's
            of += 3;
        }
        Sentence.State alliance = null;
        for (Sentence.State st : s.states) {
            boolean before = !verb && st.end() == i;
            boolean after = of > 0 && (st.start() == of || st.start() == of + 1 && toks.get(of).is("the"));
            if (st.alliance() && (before || after) && !st.code().equals(UNIVERSAL)) {
                alliance = st;
            }
        }
        if (alliance == null) {
            return null;
        }
        int nounStart = alliance.end() == i ? alliance.start() : i;
        for (Sentence.State st : s.states) {
            if (st.alliance() || !g.isCountry(st.code()) || st.end() > nounStart || nounStart - st.end() > 8) {
                continue;
            }
            // ("the Philippines' chairmanship of ASEAN": the plural's apostrophe)
            boolean possessive = !verb && toks.get(st.end()).isAny("'s", "'", "’s", "’") && only(s, st.end() + 1, nounStart, CHAIR_GAP);
            boolean subject = only(s, st.end(), nounStart, CHAIR_GAP)
                    && (verb || holdsBetween(st.end(), nounStart));
            if (possessive || subject) {
                return new String[] {st.code(), alliance.code()};
            }
        }
        return null;
    }

    private boolean holdsBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (HOLDS.contains(toks.get(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** What ends or halts a membership: "has been suspended", "was frozen". */
    private static final Set<String> SUSPENDED = Words.set("suspended", "frozen", "revoked", "expelled", "terminated");

    /** Negated ("not a member"), suspended, or hoped for, sought or offered ("hoped to become a full member"). */
    private boolean notHeld(Sentence s, int i) {
        boolean noun = toks.get(i).is("membership");
        // distance in words, a rank or count not counted: "to become one of its 33 members" is as near as "to become a member"
        int distance = 0;
        for (int k = i - 1; k >= s.analysisFrom && distance < (noun ? MEMBERSHIP_REACH : 4); k--) {
            String w = toks.get(k).lower;
            if (w.equals(";")) {
                break;
            }
            distance += ORDINAL.matcher(w).matches() ? 0 : 1;
            // ("trips to fellow ASEAN members": "to" a place or people, not "to become" one)
            boolean preposition = w.equals("to") && k + 1 < s.to && !TO_ENTER.contains(toks.get(k + 1).lower);
            if (distance <= 3 && NEGATIONS.contains(w) || NOT_YET.contains(w) && !preposition || noun && SOUGHT.contains(w)) {
                return true;
            }
        }
        // "looked forward to welcoming Finland as a full member of the Alliance", "hopes to welcome it as a member soon"
        for (int k = i - 1; k >= s.analysisFrom && k >= i - 12 && !toks.get(k).is(";") && !toks.get(k).is(","); k--) {
            if (k + 1 < s.to && toks.get(k + 1).is("to") && LOOKING_AHEAD.contains(toks.get(k).lower)) {
                return true;
            }
            // "welcome the forthcoming admission of the Republic of Belarus as a full member"
            if (k + 1 < s.to && AHEAD.contains(toks.get(k).lower) && ENTRY.contains(toks.get(k + 1).lower)) {
                return true;
            }
        }
        for (int k = i + 1; noun && k < s.to && k <= i + 12 && !toks.get(k).isAny(";", ",", "but"); k++) {
            // "Syria's membership of the League of Arab States has been suspended since November 2011"
            if (SUSPENDED.contains(toks.get(k).lower)) {
                return true;
            }
        }
        // "aspirants to membership", "membership in the alliance remains the goal": the word after says so too
        return i + 1 < s.to && (NOT_YET.contains(toks.get(i + 1).lower) && !toks.get(i + 1).is("to")
                || toks.get(i + 1).is("action") || toks.get(i + 1).is("bid") || toks.get(i + 1).is("talks"));
    }

    /**
     * "Finland joined NATO in April 2023 and Sweden in March 2024": the country after "and" that has a time of its own and
     * no verb, after the bloc joined and its time; or null.
     */
    private Sentence.State joinedToo(Sentence s, int joined) {
        for (Sentence.State st : s.states) {
            if (st.alliance() || st.start() <= joined + 2 || !g.isCountry(st.code()) || st.end() + 1 >= s.to
                    || !toks.get(st.start() - 1).is("and") || !toks.get(st.end()).isAny("in", "on")) {
                continue;
            }
            for (int k = joined + 1; k < st.start() - 1; k++) {
                if (!(toks.get(k).isAny("the", "in", "on", "of") || toks.get(k).capitalised() || toks.get(k).type == Token.Type.NUMBER
                        || inAlliance(s, k))) {
                    return null;
                }
            }
            return st;
        }
        return null;
    }

    /** Whether tokens {@code from} to {@code to} are "since 2009 and of (the)": a year, then another bloc of the same. */
    private boolean sinceThenAndOf(int from, int to) {
        int k = from;
        if (k + 1 >= to || !toks.get(k).isAny("since", "in") || toks.get(k + 1).type != Token.Type.NUMBER) {
            return false;
        }
        k += 2;
        return k + 1 < to + 1 && toks.get(k).is("and") && k + 1 < to && toks.get(k + 1).is("of")
                && (k + 2 == to || k + 3 == to && toks.get(k + 2).is("the"));
    }

    /** Words between an alliance and "member": "NATO's newest member", "the SCO's eight members", "NATO's 32nd member". */
    private static final Set<String> MEMBER_QUALIFIERS = Words.set("'s", "fellow", "other", "full", "founding", "has", "had", "now",
            "with", "participating", "newest", "-", ",", "whose", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "first", "second", "third", "fourth", "fifth", "latest", "youngest", "oldest");

    /** The alliances the trigger is of: just before it, after "of" or "in" (and those coordinated with it), or "the bloc". */
    private List<String> alliances(Sentence s, int i) {
        List<String> out = new ArrayList<>(2);
        Sentence.State after = null;
        for (Sentence.State st : s.states) {
            if (!st.alliance()) {
                continue;
            }
            if (st.end() <= i && i - st.end() <= 4 && (only(s, st.end(), i, MEMBER_QUALIFIERS)
                    || toks.get(st.end()).is("'s") && article.qualifiers(st.end() + 1, i))) {
                // "NATO member Turkey", "the SCO's eight members", "the CSTO, whose members are", "NATO's eastern flank members"
                out.add(st.code());
            } else if (after == null && st.start() > i && st.start() - i <= ALLIANCE_AFTER && qualifiers(s, i + 1, st.start())) {
                after = st;
            }
        }
        for (int a = 0; a < s.states.size(); a++) {
            // "The SCO, of which China is a founding member", "… Nations (ASEAN), of which Indonesia is a founding member",
            // "in the SCO and in BRICS, where both our countries are members": the alliances before the relative clause
            Sentence.State st = s.states.get(a);
            int e = st.end() < s.to && toks.get(st.end()).is(")") ? st.end() + 1 : st.end();
            boolean ofWhich = e + 3 < i && toks.get(e + 1).is("of") && toks.get(e + 2).is("which");
            boolean where = e + 2 < i && toks.get(e + 1).is("where") && bothCountriesBefore(s, i);
            if (st.alliance() && i - e <= 9 && e < s.to && toks.get(e).is(",") && (ofWhich || where) && !out.contains(st.code())) {
                out.add(st.code());
                List<String> earlier = new ArrayList<>(2);
                int b = a - 1;
                for (; b >= 0 && s.states.get(b).alliance()
                        && only(s, s.states.get(b).end(), s.states.get(b + 1).start(), Set.of("and", ",", "in", "the")); b--) {
                    earlier.add(s.states.get(b).code());
                }
                int first = b + 1 < a ? s.states.get(b + 1).start() : -1;
                // "cooperation between NATO and the European Union, of which Finland and Sweden are members": two things
                // set apart, and the relative clause is of the nearer
                boolean apart = first - 1 >= s.analysisFrom && toks.get(first - 1).is("between");
                if (!apart) {
                    out.addAll(earlier);
                }
            }
        }
        if (toks.get(i).is("joined") || toks.get(i).is("entered")) {
            // "Finland joined the Alliance in April"; "joined NATO leaders for dinner", "joined NATO's Partnership for Peace
            // programme" are no membership
            // ("joined the BRICS group of emerging economies in January": the bloc by its noun)
            boolean next = after != null && after.start() <= i + 2 && (after.end() >= s.to
                    || !toks.get(after.end()).isWord() && !toks.get(after.end()).is("'s")
                    || JOINED_WHEN.contains(toks.get(after.end()).lower) || BLOC_NOUNS.contains(toks.get(after.end()).lower)
                    || toks.get(after.end()).isAny("group", "grouping"));
            if (!next && lastAlliance != null && i + 2 < s.to && toks.get(i + 1).is("the") && BLOC_NOUNS.contains(toks.get(i + 2).lower)) {
                // "Spain, which joined the alliance in 1982": the alliance the article is about
                return List.of(lastAlliance);
            }
            if (!next && after == null && dated(s, i + 1) && named(s, i) != null) {
                // "Finland, which joined in 2023": the alliance the story is about
                return List.of(named(s, i));
            }
            if (!next) {
                return List.of();
            }
            List<String> joined = new ArrayList<>(List.of(after.code()));
            for (Sentence.State st : s.states) {
                if (st.alliance() && st.start() > after.end() && joinedToo(s, after.end(), st.start())) {
                    // "joined NATO in 2004 and the European Union in 2007"
                    joined.add(st.code());
                }
            }
            return joined;
        }
        if (after != null) {
            out.add(after.code());
            // "a member of NATO and the EU"
            int end = after.end();
            for (Sentence.State st : s.states) {
                boolean possessive = st.end() < s.to && toks.get(st.end()).is("'s");
                // ("a member of NATO since 2009 and of the European Union since 2013": each with its year)
                if (st.alliance() && st.start() > end && !possessive && (only(s, end, st.start(), Set.of("and", "the", ",", "of"))
                        || sinceThenAndOf(end, st.start()))) {
                    out.add(st.code());
                    end = st.end();
                }
            }
        }
        if (out.isEmpty() && lastAlliance != null && itsOpening(s, i)) {
            // "The SCO was established in 2001. Its members are India, Kazakhstan, China …": the organisation just named
            out.add(lastAlliance);
        }
        String named = named(s, i);
        boolean bilateralWord = toks.get(i).lower.startsWith("all") && !toks.get(i).capitalised();
        if (out.isEmpty() && named != null && toks.get(i).text.equals("Member") && i + 1 < s.to && toks.get(i + 1).is("states")) {
            // "the missions in two Member States, Guinea-Bissau and The Gambia": the organisation's own word for its members
            out.add(named);
        }
        if (out.isEmpty() && named != null && toks.get(i).is("members") && countryAt(s, i + 1)) {
            // "the Baltic members Estonia, Latvia and Lithuania": of the alliance the story is about
            out.add(named);
        }
        if (out.isEmpty() && named != null && !bilateralWord && (dated(s, i + 1) || counted(s, i))) {
            // "Myanmar, a member since 1997", "South Africa, admitted at the end of 2010", "the newest of the 32 members";
            // not "allies since 1953", which two countries may be without any alliance
            out.add(named);
        }
        if (out.isEmpty() && named != null) {
            // "the other members of the bloc", "The League restored Syria's membership"
            for (int k = Math.max(s.analysisFrom, i - 4); k < Math.min(s.to, i + 4); k++) {
                // "Allies" written so means the alliance the article is about
                boolean capitalAllies = k == i && toks.get(k).text.startsWith("All") && k > s.analysisFrom;
                if (capitalAllies || BLOC_NOUNS.contains(toks.get(k).lower) && k > s.analysisFrom && toks.get(k - 1).is("the")
                        && !namesItsOwn(s, k)) {
                    out.add(named);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the words between two alliances a state joined are only when it joined the first and "and": "in 2004 and the". */
    private boolean joinedToo(Sentence s, int from, int to) {
        boolean and = false;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            and |= t.is("and");
            if (!(t.is("and") || t.is("the") || t.is(",") || t.is("in") || t.is("on") || YEAR.matcher(t.text).matches()
                    || Dates.isMonth(t.text) || t.text.chars().allMatch(Character::isDigit))) {
                return false;
            }
        }
        return and;
    }

    /** The alliance the sentence named last before {@code i}, else the one the article named last: what "the bloc" is. */
    private String named(Sentence s, int i) {
        String named = lastAlliance;
        for (Sentence.State st : s.states) {
            named = st.alliance() && st.end() <= i ? st.code() : named;
        }
        return named;
    }

    /** "since 1997", "in April", "at the end of 2010": when a membership began, right at {@code k}. */
    private boolean dated(Sentence s, int k) {
        if (k >= s.to || !SINCE_WORDS.contains(toks.get(k).lower)) {
            return false;
        }
        for (int j = k + 1; j < s.to && j <= k + 5; j++) {
            Token t = toks.get(j);
            if (YEAR.matcher(t.text).matches() || Dates.isMonth(t.text)) {
                return true;
            }
            if (!t.isWord() || t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** Whether "Its" opens the sentence right before the word at {@code i} ("Its members", "Its current members"). */
    private boolean itsOpening(Sentence s, int i) {
        int k = i - 1;
        while (k > s.analysisFrom && toks.get(k).isAny("current", "founding", "full", "other", "present")) {
            k--;
        }
        return k == s.analysisFrom && toks.get(k).is("its") && toks.get(i).isAny("members", "member");
    }

    /** "the 32 members", "all thirty Allies": a count of an alliance's members, not of a list's. */
    private boolean counted(Sentence s, int i) {
        return i - 1 > s.analysisFrom && (toks.get(i).is("members") || toks.get(i).text.equals("Allies"))
                && ORDINAL.matcher(toks.get(i - 1).lower).matches() && !RANKS.contains(toks.get(i - 1).lower);
    }

    /** The countries the trigger is said of: listed after it, or (if {@code orBefore}) before it across a copula or apposition. */
    private List<Sentence.State> members(Sentence s, int i, List<String> alliances, boolean orBefore) {
        // "a member of the Russian-led CSTO": a state before the alliance's name only qualifies it
        int qualifiersEnd = i;
        for (Sentence.State st : s.states) {
            if (st.alliance() && st.start() > i && alliances.contains(st.code()) && qualifiersEnd == i) {
                qualifiersEnd = st.start();
            }
        }
        List<Sentence.State> states = new ArrayList<>();
        for (Sentence.State st : s.states) {
            if (!st.alliance() && g.isCountry(st.code()) && !(st.start() > i && st.start() < qualifiersEnd) && !contrasted(s, st)) {
                states.add(st);
            }
        }
        List<Sentence.State> out = new ArrayList<>();
        int before = -1;
        int after = -1;
        int subject = asPhraseSubject(s, i);
        boolean joining = toks.get(i).is("joined") || toks.get(i).is("entered");
        for (int k = 0; k < states.size(); k++) {
            Sentence.State st = states.get(k);
            // ("Romania, which hosts the jets this summer, has been an Ally since 2004": the relative clause set aside)
            int gap = st.end() <= i ? afterRelativeClause(s, st.end(), i) : i;
            if (orBefore && st.end() <= i && i - gap <= COUNTRY_REACH && only(s, gap, i, COPULA_OR_REGION)) {
                before = k;
            } else if (after < 0 && st.start() > i && (st.start() - i <= COUNTRY_REACH && listGap(s, i + 1, st.start())
                    || st.start() == subject)) {
                after = k;
            }
        }
        if (before >= 0) {
            // "Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan, the other members": back along the list
            int k = before;
            out.add(states.get(k));
            // "Egypt, Ethiopia, Iran and the United Arab Emirates joined BRICS", "Hungary, together with Poland, joined NATO"
            while (k > 0 && (only(s, states.get(k - 1).end(), states.get(k).start(), Set.of(",", "and", "the"))
                    || joining && companions(states.get(k - 1), states.get(k)))) {
                out.add(states.get(--k));
            }
            // "Italy is one of the UK's closest NATO Allies": the one who is one of them too
            if (k > 0 && toks.get(states.get(k).end()).is("'s")
                    && ONE_OF.matcher(article.between(states.get(k - 1).end(), states.get(k).start())).matches()) {
                out.add(states.get(k - 1));
            }
        }
        if (before >= 0 && after < 0) {
            // "Hungary joined NATO on 12 March 1999, together with the Czech Republic and Poland": they joined too;
            // "Brazil belongs to the BRICS group of major emerging economies, along with Russia, India, China and South Africa"
            for (int k = before + 1; k < states.size(); k++) {
                if (JOINED_WITH.matcher(article.between(states.get(before).end(), states.get(k).start())).matches()) {
                    after = k;
                    break;
                }
            }
        }
        if (after >= 0) {
            int k = after;
            out.add(states.get(k));
            // "the five founders — Brazil, Russia, India, China and South Africa — and Egypt, …"
            while (k + 1 < states.size() && only(s, states.get(k).end(), states.get(k + 1).start(), Set.of(",", "and", "—", "-", "the"))) {
                out.add(states.get(++k));
            }
        }
        return out;
    }

    /**
     * Where the words after a state go on once a relative clause set between commas is passed (", which hosts the jets this
     * summer,"), or {@code from} when none opens there; the clause must close before {@code to}.
     */
    private int afterRelativeClause(Sentence s, int from, int to) {
        if (from + 2 >= to || !toks.get(from).is(",") || !toks.get(from + 1).isAny("which", "who")) {
            return from;
        }
        for (int k = from + 2; k < to; k++) {
            Token t = toks.get(k);
            if (t.is(",")) {
                return k + 1;
            }
            if (t.type == Token.Type.PUNCT && !t.is("-") && !t.is("'s")) {
                return from;
            }
        }
        return from;
    }

    /** Whether the text between two states makes the second the first's companion: ", together with", "at the same time as". */
    private boolean companions(Sentence.State first, Sentence.State second) {
        return PartnerPairs.COMPANIONS.matcher(article.between(first.end(), second.start())).matches();
    }

    /**
     * "As a member of the European Union and NATO, Poland has …": where the clause's subject begins after an opening "as"
     * phrase whose noun is at {@code i} (after its comma, and a "the"); -1 if the sentence does not open so.
     */
    private int asPhraseSubject(Sentence s, int i) {
        if (s.analysisFrom >= i || !toks.get(s.analysisFrom).is("as")) {
            return -1;
        }
        int reach = i + ALLIANCE_AFTER + 4;
        for (Sentence.State st : s.states) {
            // "As fellow members of the EAEU, the CIS and the CSTO, the two countries": past the alliances listed
            reach = st.alliance() && st.start() > i && st.start() < reach ? Math.max(reach, st.end() + 4) : reach;
        }
        for (int comma = i + 1; comma < Math.min(s.to, reach); comma++) {
            Sentence.State listed = comma + 1 < s.to ? s.stateAt(toks.get(comma + 1).is("the") ? comma + 2 : comma + 1) : null;
            if (toks.get(comma).is(",") && listed != null && listed.alliance()) {
                continue;
            }
            if (toks.get(comma).is(",")) {
                int subject = comma + 1;
                return subject < s.to && toks.get(subject).is("the") ? subject + 1 : subject;
            }
            if (toks.get(comma).type == Token.Type.PUNCT && !toks.get(comma).text.equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /** "Greece, unlike Turkey, is a member": a state set against the subject, of whom the opposite is said. */
    private boolean contrasted(Sentence s, Sentence.State st) {
        return st.start() > s.analysisFrom && (toks.get(st.start() - 1).is("unlike") || toks.get(st.start() - 1).is("except"));
    }

    /** "Canada is one of America's closest allies and a founding member": whose allies, not who is a member. */
    private boolean possessiveIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).lower.equals("'s")) {
                return true;
            }
        }
        return false;
    }

    /** Whether every token from {@code from} to {@code to} is one of {@code words}, a count or rank, or an alliance's. */
    private boolean only(Sentence s, int from, int to, Set<String> words) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).is("unlike") || toks.get(k).is("except")) {
                // "Greece, unlike Turkey, is": the contrast and its state stand between the subject and its predicate
                Sentence.State contrast = s.stateAt(k + 1);
                if (contrast != null) {
                    k = contrast.end() - 1;
                    continue;
                }
            }
            // "one of its 31 members", "its first member", "an EU and NATO member"
            // ("the United States, Ireland, and the other member states of the EU": the others besides those listed)
            boolean between = toks.get(k).is("and") && k > s.from && (inAlliance(s, k - 1) && inAlliance(s, k + 1)
                    || toks.get(k - 1).isAny("allies", "neighbours", "neighbors") && !possessiveIn(from, k)
                    || k + 2 < to && toks.get(k + 1).is("the") && toks.get(k + 2).is("other"));
            if (!words.contains(toks.get(k).lower) && !inAlliance(s, k) && !ORDINAL.matcher(toks.get(k).lower).matches() && !between) {
                return false;
            }
        }
        return true;
    }

    /** "members — China, Russia", "members of the SCO: China, …": list words and the alliance's own name. */
    private boolean listGap(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            // "nine members: the five founders — Brazil, …"
            if (toks.get(k).text.equals(";") || !LIST_GAP.contains(toks.get(k).lower) && !inAlliance(s, k)
                    && !ORDINAL.matcher(toks.get(k).lower).matches() && !FOUNDERS.contains(toks.get(k).lower)) {
                return false;
            }
        }
        return true;
    }

    /** "of the Russian-led", "in the": what may come between "member" and the alliance's name. */
    private boolean qualifiers(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            // ("member states of the SCO", "member countries of ASEAN": the noun the trigger qualifies)
            if (!(t.is("of") || t.is("in") || t.is("to") || t.is("the") || t.is("both") || t.is("-") || t.is("led") || t.is("backed")
                    || t.capitalised() || k == from && t.isAny("states", "countries", "nations", "state", "country", "nation"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a country's name starts at {@code k}. */
    private boolean countryAt(Sentence s, int k) {
        return s.states.stream().anyMatch(st -> st.start() == k && !st.alliance() && g.isCountry(st.code()));
    }

    private static Sentence.State stateEndingAt(Sentence s, int end) {
        for (Sentence.State st : s.states) {
            if (st.end() == end) {
                return st;
            }
        }
        return null;
    }

    private boolean inAlliance(Sentence s, int k) {
        for (Sentence.State st : s.states) {
            if (st.alliance() && k >= st.start() && k < st.end()) {
                return true;
            }
        }
        return false;
    }
}
