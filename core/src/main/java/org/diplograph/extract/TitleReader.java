package org.diplograph.extract;

import static org.diplograph.extract.NameRuns.FUNCTION;
import static org.diplograph.extract.StatesAndPlaces.stateRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.GazetteerDoc.BodyPatternDoc;
import org.diplograph.extract.GazetteerDoc.TitleDoc;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;
import org.diplograph.extract.PhraseIndex.Ref;
import org.diplograph.names.NameKeys;

/**
 * Reads titles: the chain of titles before a name ("Turkish Defense Minister, General"), a title in
 * apposition after it (", minister of national defense for Turkey,"), and what a title segment says
 * (its text, its body, the country or alliance it serves).
 */
final class TitleReader {

    private static final String DEFENCE = "ministry-of-defense";
    private static final String FOREIGN = "ministry-of-foreign-affairs";
    /** Regions a foreign ministry's junior minister may answer for: "Minister for Africa", "for the Indo-Pacific". */
    private static final Set<String> WORLD_REGIONS = Words.set("africa", "asia", "europe", "pacific", "americas", "caribbean",
            "commonwealth", "gulf", "balkans", "arctic", "middle", "latin");

    private final Gazetteer g;
    private final String text;
    private final List<Token> toks;
    private final NameRuns names;

    private final TitlesAfterName after;

    TitleReader(Article article, NameRuns names) {
        this.g = article.g;
        this.text = article.text;
        this.toks = article.toks;
        this.names = names;
        this.after = new TitlesAfterName(article, names, this);
    }

    /** ", minister of national defense for Turkey," after a name: see {@link TitlesAfterName#appositive}. */
    private static final Set<String> HEADS = Words.set("president", "prime minister", "chancellor", "king", "emir", "premier");

    TitleInfo appositive(Sentence s, int end, int[] appEnd) {
        return after.appositive(s, end, appEnd);
    }

    /** ", who led the Alliance" after a name: see {@link TitlesAfterName#headOf}. */
    TitleInfo headOf(Sentence s, int end, int[] appEnd) {
        return after.headOf(s, end, appEnd);
    }

    /** Reads title segments leftwards from {@code end}; returns where the first one starts. */
    int chainLeft(Sentence s, int end, int limit, List<TitleInfo> out) {
        int pos = end;
        int spanStart = end;
        boolean acrossAcronym = false;
        while (true) {
            int k = pos - 1;
            boolean acrossAnd = false;
            if (acrossAcronym) {
                acrossAcronym = false;
            } else if (acronymBefore(s, pos, limit)) {
                // "Supreme Allied Commander Europe (SACEUR) General Tod D. Wolters": the post's acronym is a title too
                out.add(0, titleInfo(s, k - 1, k));
                spanStart = k - 1;
                pos = k - 2;
                acrossAcronym = true;
                continue;
            } else if (k >= limit && (toks.get(k).text.equals(",") || spacedDash(s, k) || !out.isEmpty() && toks.get(k).is("and"))) {
                // "Deputy Prime Minister and Minister of National Defense": two titles of one person
                acrossAnd = toks.get(k).is("and");
                k--;
                if (!acrossAnd && acronymBefore(s, k + 1, limit)) {
                    // "The Supreme Allied Commander Europe (SACEUR), Admiral James G. Stavridis": the acronym and the post
                    // before the comma, read as if they stood right before the name
                    pos = k + 1;
                    continue;
                }
                if (!acrossAnd && k - 2 >= limit && toks.get(k).is("time") && (toks.get(k - 1).is("the") || toks.get(k - 1).is("that"))
                        && toks.get(k - 2).is("at")) {
                    // "Kazakhstan's Foreign Minister at the time, Erlan Idrissov": the title he then held
                    k -= 3;
                }
            } else if (!out.isEmpty() || k < limit) {
                if (out.isEmpty() && k < limit) {
                    return spanStart;
                }
                if (!out.isEmpty()) {
                    return spanStart;
                }
            }
            if (k - 2 >= limit && References.ELECT.contains(toks.get(k).lower) && toks.get(k - 1).text.equals("-")) {
                // "U.S. President-elect Donald J. Trump": the title of the office to come is his
                k -= 2;
            }
            int st = k + 1;
            while (st - 1 >= limit && titleish(s, st - 1)) {
                st--;
            }
            int trimmed = st;
            while (trimmed < k + 1 && toks.get(trimmed).isAny("the", "his", "her", "its", "and", "of", "for", "-")) {
                trimmed++;
            }
            int listStart = out.isEmpty() && !hasTitleHead(s, trimmed, k + 1) ? portfolioListStart(s, k + 1, limit) : -1;
            if (listStart > 0) {
                // "Minister of State for the Caribbean, the Commonwealth and the UN, Baroness Anelay": the rest of the
                // portfolio's list, no title of its own (nor a country or body of the title's: not the UN's)
                pos = listStart;
                continue;
            }
            // "the last leader of the Group of Seven": a title right before a name never ends in "of"
            if (trimmed >= k + 1 || !hasTitleHead(s, trimmed, k + 1)
                    || toks.get(k).isAny("of", "the", "for", "to", "and")) {
                return spanStart;
            }
            if (acrossAnd && k == trimmed && trimmed > st && toks.get(trimmed - 1).is("the")) {
                // "The Secretary and Foreign Minister Tileuberdi": "the Secretary" is someone else, named before
                return spanStart;
            }
            if (acrossAnd && k == trimmed && toks.get(k).allCaps() && toks.get(k).text.length() >= 3) {
                // "EAM and Foreign Minister Bui Thanh Son co-chaired": a post's abbreviation standing for its holder, someone else
                return spanStart;
            }
            if (!out.isEmpty() && twoHeads(s, trimmed, k + 1, out.get(0))) {
                // "Prime Minister and President Zelenskyy last met", "Following the meeting with the President, Prime Minister
                // Abe held talks": no one is both; the first is someone else
                return spanStart;
            }
            TitleInfo earlier = titleInfo(s, trimmed, k + 1);
            if (!acrossAnd && !out.isEmpty() && earlier.scope != null && out.get(0).scope != null && !earlier.scope.equals(out.get(0).scope)
                    && g.isCountry(earlier.scope) && g.isCountry(out.get(0).scope)) {
                // "the President of Mongolia, President of the People's Republic of China Xi Jinping and I": posts of two
                // countries, so two people
                return spanStart;
            }
            out.add(0, earlier);
            spanStart = trimmed;
            if (trimmed == st && acronymBefore(s, st, limit)) {
                pos = st;
                continue;
            }
            if (st - 1 < limit || !toks.get(st - 1).text.equals(",") && !toks.get(st - 1).is("and")) {
                return spanStart;
            }
            pos = st;
        }
    }

    /**
     * Where the rest of a portfolio's list that ends before {@code to} begins ("the Commonwealth and the UN" after
     * "for the Caribbean,"): portfolio words, bodies and states, "the" and "and" only, back to a comma right after a
     * portfolio word; or -1.
     */
    private int portfolioListStart(Sentence s, int to, int limit) {
        boolean content = false;
        for (int j = to - 1; j > limit + 1; j--) {
            Token t = toks.get(j);
            Match m = s.phraseAt(j);
            if (t.text.equals(",")) {
                boolean afterPortfolio = NameRuns.PORTFOLIO_WORDS.contains(toks.get(j - 1).lower) || s.phraseAt(j - 1) != null;
                return content && afterPortfolio ? j + 1 : -1;
            }
            // ("Minister of Finance and Public Credit, Germán Ávila Plazas": a demonym only before a portfolio word)
            boolean demonymAlone = m != null && m.has(Kind.DEMONYM) && (j + 1 >= to || !NameRuns.PORTFOLIO_WORDS.contains(toks.get(j + 1).lower));
            if (m != null && !m.has(Kind.TITLE) && !m.has(Kind.RANK) && !demonymAlone
                    || t.capitalised() && NameRuns.PORTFOLIO_WORDS.contains(t.lower)) {
                content = true;
            } else if (!(t.is("the") || t.is("and") || t.is("&") || m != null && !demonymAlone)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether "(ACRONYM)" ends right before {@code at}, after a title word. */
    private boolean acronymBefore(Sentence s, int at, int limit) {
        return at - 4 >= limit && toks.get(at - 1).is(")") && toks.get(at - 3).is("(")
                && (acronym(toks.get(at - 2).text) || shortName(s, at - 2)) && titleish(s, at - 4);
    }

    /**
     * "US Central Command (Centcom)", "Africa Command (Africom)": a short name in one capitalised word, as newspapers write
     * acronyms, made of the starts of two of the four words before its bracket ("Cent" + "com"), not a name ("(Modi)").
     */
    private boolean shortName(Sentence s, int at) {
        Token w = toks.get(at);
        if (!w.capitalised() || w.allCaps() || w.text.length() < 4 || w.text.length() > 8) {
            return false;
        }
        for (int a = Math.max(s.analysisFrom, at - 5); a < at - 1; a++) {
            String first = toks.get(a).lower;
            if (!toks.get(a).capitalised() || first.length() < 2 || !w.lower.startsWith(first.substring(0, 2))) {
                continue;
            }
            for (int b = a + 1; b < at - 1; b++) {
                String second = toks.get(b).lower;
                if (toks.get(b).capitalised() && second.length() >= 2 && w.lower.indexOf(second.substring(0, 2), 2) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "SACEUR", "CJCS": two or more capitals, perhaps with digits, and nothing else. */
    private static boolean acronym(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && Character.isLetter(w.charAt(0));
    }

    /** Whether two titles are different heads of state or government ("Prime Minister", "President"), which no one is at once. */
    private boolean twoHeads(Sentence s, int from, int to, TitleInfo later) {
        String first = text.substring(toks.get(from).start, toks.get(to - 1).end).toLowerCase(java.util.Locale.ROOT);
        String second = later.text == null ? "" : later.text.toLowerCase(java.util.Locale.ROOT);
        // "His Majesty the King and President El-Sisi": a rank before the first head changes nothing
        String firstHead = HEADS.stream().filter(h -> first.equals(h) || first.endsWith(" " + h)).findFirst().orElse(null);
        // "The Vice President and President Marcos", "the Deputy Secretary and Secretary Blinken": a post and its deputy's
        boolean deputyAndPrincipal = JUNIOR_WORDS.stream().anyMatch(j -> first.equals(j + " " + second) || first.equals("the " + j + " " + second));
        return deputyAndPrincipal || firstHead != null && HEADS.contains(second) && !firstHead.equals(second);
    }

    /** Words that make a post the deputy of the one without them. */
    private static final Set<String> JUNIOR_WORDS = Words.set("vice", "deputy", "under", "assistant");

    /** "the foreign ministers of Britain and Russia - William Hague and Sergei Lavrov": a hyphen between spaces is a dash, as a comma. */
    private boolean spacedDash(Sentence s, int i) {
        return toks.get(i).text.equals("-") && toks.get(i).spaceBefore && i + 1 < s.to && toks.get(i + 1).spaceBefore;
    }

    boolean titleish(Sentence s, int i) {
        if (i < s.analysisFrom || s.covered(i)) {
            return false;
        }
        Token t = toks.get(i);
        Match m = s.phraseAt(i);
        if (m != null) {
            // ("the British Ambassador in Podgorica, Ian Whitting": the post's city is the title's)
            return !m.has(Kind.CAPITAL) && !m.has(Kind.CITY) || m.has(Kind.COUNTRY) || postedIn(s, m.start() - 1);
        }
        if (postedIn(s, i)) {
            return true;
        }
        if (t.lower.equals("and") && i > s.analysisFrom && i + 1 < s.to && stateRef(s.phraseAt(i - 1)) != null
                && stateRef(s.phraseAt(i + 1)) != null) {
            return true;
        }
        // "Under Secretary for Arms Control and International Security": a portfolio, joined to its post by "for"
        if (t.isAny("for", "and", "&", "the") && i + 1 < s.to && (names.portfolioWord(s, i + 1)
                || toks.get(i + 1).is("the") && i + 2 < s.to && names.portfolioWord(s, i + 2))) {
            return true;
        }
        // "his counterpart from the Czech Republic, Petr Novak": as "his Czech counterpart"
        if (t.lower.equals("from") && i > s.from && isCounterpartWord(toks.get(i - 1).lower)) {
            return true;
        }
        // "Ethiopia's then prime minister Hailemariam Desalegn": the possessive still owns the title
        if (t.lower.equals("then") && i > s.from && (toks.get(i - 1).is("'s") || toks.get(i - 1).is("’s"))) {
            return true;
        }
        // "Commander-in-Chief", "aide-de-camp": a small word joined by hyphens on both sides is inside one title word
        if (i > s.from && i + 1 < s.to && toks.get(i - 1).text.equals("-") && toks.get(i + 1).text.equals("-")
                && !t.spaceBefore && !toks.get(i + 1).spaceBefore) {
            return true;
        }
        if (t.lower.equals("'s") || t.lower.equals("of") || t.lower.equals("the") || t.lower.equals("for") || t.text.equals("-") && !spacedDash(s, i)
                || t.lower.equals("to") && i > s.from && toks.get(i - 1).isWord() && toks.get(i - 1).capitalised()
                        && !HANDED_ON.contains(toks.get(i - 1).lower)) {
            return true;
        }
        if (g.titleWords.contains(t.lower) || g.titleModifiers.contains(t.lower) || isCounterpartWord(t.lower)) {
            return true;
        }
        return t.capitalised() && !FUNCTION.contains(t.lower) && !NameRuns.HEADLINE_VERBS.contains(t.lower) && !names.nameLike(s, i);
    }

    /** A term of office or a gathering, which "to" does not join to a post: "handed over the G20 Presidency to President Lula". */
    private static final Set<String> HANDED_ON = Words.set("presidency", "chairmanship", "chairpersonship", "summit");


    /** Whether the state named at {@code i} follows "to" (or "to the") within the title, or an envoy's "in". */
    private boolean sentTo(int i, int start) {
        int k = i - 1;
        if (k > start && toks.get(k).is("the")) {
            k--;
        }
        return k >= start && (toks.get(k).is("to") || toks.get(k).is("in") && ENVOYS.contains(toks.get(k - 1).lower));
    }

    /**
     * Whether the state at {@code i} is a post's remit, not whom it serves: an envoy's after "for" ("the President's
     * Special Representative for Afghanistan", "for Afghan Transition"), or an alliance in a portfolio after "for" ("Minister
     * of State for South Asia and the Commonwealth").
     */
    private boolean remit(Sentence s, Match m, int i, int start) {
        int k = i - 1 > start && toks.get(i - 1).is("the") ? i - 2 : i - 1;
        while (k - 1 > start && toks.get(k).isAny("and", ",") && s.phraseAt(k - 1) != null && stateRef(s.phraseAt(k - 1)) != null) {
            // "Special Representative for Afghanistan and Pakistan": the second of the remit's states too
            k = s.phraseAt(k - 1).start() - 1;
        }
        if (k > start && toks.get(k).is("for") && ENVOYS.contains(toks.get(k - 1).lower)) {
            return true;
        }
        if (k > start && toks.get(k).is("for") && envoyOfBefore(start, k)) {
            // "the Special Envoy of the Secretary-General for Yemen": the envoy's principal between, the remit still after "for"
            return true;
        }
        if (!m.has(Kind.ALLIANCE) || m.has(Kind.COUNTRY)) {
            return false;
        }
        for (int j = i - 1; j > start; j--) {
            if (toks.get(j).is("for")) {
                return true;
            }
            if (toks.get(j).is("of")) {
                return false;
            }
        }
        return false;
    }

    /** Whether an envoy's word and "of" stand between {@code start} and the "for" at {@code forAt}: "Special Envoy of the Secretary-General". */
    private boolean envoyOfBefore(int start, int forAt) {
        for (int j = forAt - 2; j > start; j--) {
            if (toks.get(j).is("of") && ENVOYS.contains(toks.get(j - 1).lower)) {
                return true;
            }
            if (toks.get(j).is(",") || toks.get(j).is("for")) {
                return false;
            }
        }
        return false;
    }

    /** Posts held in another state's capital: "the British Ambassador in Podgorica". */
    private static final Set<String> ENVOYS = Words.set("ambassador", "envoy", "representative", "consul", "charge", "chargé",
            "attache", "attaché");

    /** Whether {@code i} is the "in" of an envoy's post ("Ambassador in Podgorica"). */
    private boolean postedIn(Sentence s, int i) {
        return i - 1 >= s.analysisFrom && i + 1 < s.to && toks.get(i).is("in") && ENVOYS.contains(toks.get(i - 1).lower)
                && toks.get(i + 1).capitalised();
    }

    static boolean isCounterpartWord(String w) {
        return w.equals("counterpart") || w.equals("counterparts") || w.equals("colleague") || w.equals("colleagues");
    }

    boolean hasTitleHead(Sentence s, int start, int end) {
        for (int i = start; i < end; i++) {
            Match m = s.phraseAt(i);
            if (m != null && m.has(Kind.TITLE)) {
                return true;
            }
            String w = toks.get(i).lower;
            if (g.titleWords.contains(w) || isCounterpartWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** What a title segment says: its text, body and scope. */
    TitleInfo titleInfo(Sentence s, int start, int end) {
        // "the visit to the UK of India's Defence Minister": what comes before "of" holds no title, so it is no part of one
        for (int k = start + 1; k + 1 < end; k++) {
            if (toks.get(k).is("of") && !hasTitleHead(s, start, k) && hasTitleHead(s, k + 1, end)) {
                start = k + 1;
                break;
            }
        }
        TitleInfo t = new TitleInfo(g.countryBodies);
        String scope = null;
        Ref body = null;
        Ref title = null;
        Ref pattern = null;
        boolean bodyAfterTitle = false;
        int textStart = start;
        for (int i = start; i < end; i++) {
            Match m = s.phraseAt(i);
            if (m == null) {
                if (isCounterpartWord(toks.get(i).lower)) {
                    t.counterpart = true;
                }
                continue;
            }
            Ref each = stateRef(m);
            // ("Djibouti's Foreign Minister": a country named as its capital is the country; "Ambassador to China" is
            // not China's, nor "Ambassador to NATO" NATO's: the state he is sent to)
            // ("G20 chair President Lula": a summit group's chair serves his own country)
            boolean remit = each != null && remit(s, m, i, start);
            boolean country = (!m.has(Kind.CAPITAL) || m.has(Kind.COUNTRY)) && !sentTo(i, start) && !remit
                    && !(each != null && Gazetteer.SUMMIT_GROUPS.contains(each.key()));
            if (each != null && country) {
                t.scopes.add(each.key());
            } else if (each != null && t.sentTo == null && (sentTo(i, start) || remit)) {
                t.sentTo = each.key();
            }
            if (scope == null) {
                Ref state = stateRef(m);
                if (state != null && country) {
                    scope = state.key();
                    if (i == textStart) {
                        textStart = m.end() < end && toks.get(m.end()).lower.equals("'s") ? m.end() + 1 : m.end();
                    }
                }
            }
            if (body == null && m.has(Kind.BODY)) {
                body = m.ref(Kind.BODY);
                bodyAfterTitle = title != null;
            }
            if (title == null && m.has(Kind.TITLE)) {
                title = m.ref(Kind.TITLE);
                // "Foreign Ministers A and B": each holds the title in the singular
                t.plural = m.plural();
                t.key = m.plural() ? NameKeys.fold(String.join(" ", m.phrase().words()))
                        : NameKeys.fold(text.substring(toks.get(m.start()).start, toks.get(m.end() - 1).end));
            }
            if (pattern == null && m.has(Kind.BODY_PATTERN)) {
                pattern = m.ref(Kind.BODY_PATTERN);
            }
            i = m.end() - 1;
        }
        while (textStart < end && toks.get(textStart).isAny("the", "'s", "-")) {
            textStart++;
        }
        int textEnd = end;
        // "minister of national defense for Turkey": the country is the scope, not part of the title
        // ("counterpart from the Czech Republic" likewise)
        for (int k = Math.max(textStart + 1, end - 4); k < end; k++) {
            Match last = s.phraseAt(k);
            // ("chief of the general staff of the People's Liberation Army": a country's body likewise)
            boolean owner = last != null && (last.has(Kind.COUNTRY) || bodyAfterTitle && last.has(Kind.BODY));
            if (!owner || last.end() != end) {
                continue;
            }
            // "President of the Socialist Republic of Viet Nam": from where the country's name starts
            int from = Math.max(last.start(), textStart + 1);
            int before = from - 1 > textStart && toks.get(from - 1).is("the") ? from - 2 : from - 1;
            if (before > textStart && (toks.get(before).is("of") || toks.get(before).is("for") || toks.get(before).is("from"))) {
                textEnd = before;
            }
            break;
        }
        if (textStart >= textEnd) {
            textStart = start;
        }
        t.text = Words.singleSpaced(text.substring(toks.get(textStart).start, toks.get(textEnd - 1).end));
        String last = toks.get(textEnd - 1).text;
        if (t.plural && t.text.endsWith(last) && PhraseIndex.singular(last.toLowerCase(java.util.Locale.ROOT)) != null) {
            String one = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y" : last.substring(0, last.length() - 1);
            t.text = t.text.substring(0, t.text.length() - last.length()) + one;
        }
        t.scope = scope;
        if (title != null) {
            t.defaultScope = ((TitleDoc) title.data()).country();
            t.alsoIn = ((TitleDoc) title.data()).alsoIn();
        }
        if (body != null && pattern != null && scope != null && g.isCountry(scope) && body.key().contains("/")
                && !body.key().startsWith(scope + "/")) {
            // "the chairman of the South Korean Joint Chiefs of Staff": another country's body of that name, so its pattern
            body = null;
        }
        if (body != null && bodyAfterTitle && ((TitleDoc) title.data()).bodySlug() != null && body.key().contains("/")) {
            // "chief of the General Staff of the People's Liberation Army": the title's own body, of the country the body
            // after it serves
            String owner = body.key().substring(0, body.key().indexOf('/'));
            t.scope = t.scope == null && g.isCountry(owner) ? owner : t.scope;
            body = null;
        }
        if (body != null) {
            t.fixedBody = body.key();
        } else if (title != null && ((TitleDoc) title.data()).body() != null) {
            t.fixedBody = ((TitleDoc) title.data()).body();
        } else if (title != null && ((TitleDoc) title.data()).bodySlug() != null) {
            t.bodySlug = ((TitleDoc) title.data()).bodySlug();
            BodyPatternDoc doc = g.bodyPatterns.get(t.bodySlug);
            t.bodyName = doc != null ? doc.name() : titleCase(t.bodySlug.replace('-', ' '));
        } else if (pattern != null) {
            t.bodySlug = pattern.key();
            t.bodyName = ((BodyPatternDoc) pattern.data()).name();
        } else {
            genericMinistry(s, start, end, t);
        }
        if (t.bodySlug == null && t.fixedBody == null && title == null && g.bodyPatterns.containsKey(DEFENCE)) {
            // "a senior Kuwaiti defence official"
            for (int i = start; i < end && t.bodySlug == null; i++) {
                if (toks.get(i).is("defence") || toks.get(i).is("defense")) {
                    t.bodySlug = DEFENCE;
                    t.bodyName = g.bodyPatterns.get(DEFENCE).name();
                }
            }
        }
        if (t.scope == null && t.fixedBody != null && (g.isAlliance(t.fixedBody) || g.isCountry(t.fixedBody))) {
            t.scope = t.fixedBody;
            t.fixedBody = null;
        }
        return t;
    }

    /** "Minister of Economy", "Economy Minister": a ministry named by its field. */
    private void genericMinistry(Sentence s, int start, int end, TitleInfo t) {
        for (int i = start; i < end; i++) {
            if (!toks.get(i).is("minister")) {
                continue;
            }
            List<String> field = new ArrayList<>();
            if (i + 1 < end && (toks.get(i + 1).is("of") || toks.get(i + 1).is("for"))) {
                for (int j = i + 2; j < end && !toks.get(j).is("of") && !toks.get(j).is("for"); j++) {
                    if (!toks.get(j).is("the")) {
                        field.add(toks.get(j).text);
                    }
                }
                if (regionOf(i + 2, end) && g.bodyPatterns.containsKey(FOREIGN)) {
                    // "Minister for Africa", "Minister of State for the Indo-Pacific": a foreign ministry's minister
                    t.bodySlug = FOREIGN;
                    t.bodyName = g.bodyPatterns.get(FOREIGN).name();
                    return;
                }
            } else {
                // "Home Affairs Minister", "International Relations Minister": the field's words back to a modifier or a
                // demonym ("Malaysian Minister" is no ministry of its own)
                for (int j = i - 1; j >= start && toks.get(j).capitalised() && !g.titleModifiers.contains(toks.get(j).lower)
                        && stateRef(s.phraseAt(j)) == null; j--) {
                    field.add(0, toks.get(j).text);
                }
            }
            // "Minister of State for South Asia" is a junior minister, not a ministry of state
            // (nor is a "Chief Minister" of his province's ministry)
            boolean prime = i - 1 >= start && (toks.get(i - 1).is("prime") || toks.get(i - 1).is("chief"));
            boolean country = i + 2 < end && stateRef(s.phraseAt(i + 2)) != null;
            if (!field.isEmpty() && !prime && !country && !field.get(0).equalsIgnoreCase("state")) {
                String words = String.join(" ", field);
                TitleDoc known = g.titlesByAlias.get(NameKeys.fold(words + " Minister"));
                known = known != null ? known : g.titlesByAlias.get(NameKeys.fold("Minister of " + words));
                if (known != null && known.bodySlug() != null && g.bodyPatterns.containsKey(known.bodySlug())) {
                    // "Deputy Crown Prince and Defence Minister": the table's ministry of that title, whatever its spelling
                    t.bodySlug = known.bodySlug();
                    t.bodyName = g.bodyPatterns.get(known.bodySlug()).name();
                    return;
                }
                String name = "Ministry of " + titleCase(words);
                t.bodySlug = NameKeys.slug(name);
                t.bodyName = name;
            }
            return;
        }
    }

    /** Whether a minister's field, from {@code from} (after "State for" too), is a region of the world. */
    private boolean regionOf(int from, int end) {
        // (only the minister's own field: not "Prime Minister of Tuvalu and Chair of the Pacific Islands Forum")
        for (int j = from; j < end && !toks.get(j).isAny("and", ","); j++) {
            if (WORLD_REGIONS.contains(toks.get(j).lower)) {
                return true;
            }
        }
        return false;
    }

    static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Set.of("of", "and", "for", "the").contains(w.toLowerCase(java.util.Locale.ROOT)) ? w.toLowerCase(java.util.Locale.ROOT)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
