package org.diplograph.extract;

/**
 * A title as an article writes it and what it says about the holder.
 *
 * <p>The body is either fixed ({@code NATO/shape}, or a country or alliance code) or relative to a
 * scope ({@code ministry-of-defense} of whichever country the holder serves); with neither, the holder
 * represents the scope itself (a president his country).
 */
final class TitleInfo {
    /** A country's own bodies for body patterns ({@link Gazetteer#countryBodies}). */
    private final java.util.Map<String, String> countryBodies;
    String text;
    String key;
    String fixedBody;
    String bodySlug;
    String bodyName;
    String scope;
    boolean counterpart;
    /** Written plural before a list of names ("Foreign Ministers A and B"): each name after it holds it. */
    boolean plural;
    /** Every country or alliance the title names, in order: "his Japanese and Australian counterparts" names two. */
    final java.util.List<String> scopes = new java.util.ArrayList<>(1);
    /** The country whose officials bear this title when the text names none ("Secretary of Defense": USA), or null. */
    String defaultScope;
    /** Other countries whose officials bear it ("Foreign Secretary": India, Pakistan, …), or null. */
    java.util.List<String> alsoIn;
    /** An officer's rank alone ("the General"): its holder is the one of that rank, whatever his office. */
    boolean rankOnly;
    /** The state an envoy is sent to ("Ambassador to China": CHN), which is never his own; or null. */
    String sentTo;

    /** The country of a title the text places nowhere: {@link #alsoIn} one where the story was written, else the default. */
    String defaultScope(String storyCountry) {
        return alsoIn != null && storyCountry != null && alsoIn.contains(storyCountry) ? storyCountry : defaultScope;
    }

    TitleInfo(java.util.Map<String, String> countryBodies) {
        this.countryBodies = countryBodies;
    }

    /** The id of the body this title belongs to when its holder serves {@code scope}, or {@code null}. */
    String bodyId(String scope) {
        if (opposition()) {
            // "Belarusian opposition leader Sviatlana Tsikhanouskaya": of that country, but she serves none of its bodies
            return null;
        }
        if (fixedBody != null) {
            return fixedBody;
        }
        if (scope == null) {
            return null;
        }
        if (bodySlug == null) {
            return scope;
        }
        String own = countryBodies.get(scope + "|" + bodySlug);
        return own != null ? own : scope + "/" + bodySlug;
    }

    /** The word of an opposition's title. */
    private static final java.util.regex.Pattern OPPOSITION = java.util.regex.Pattern.compile("(?i)\\bopposition\\b");

    /** Whether the title is the opposition's ("opposition leader"), which holds no office of the state. */
    private boolean opposition() {
        return text != null && OPPOSITION.matcher(text).find();
    }

    /** A title known only by its words ("President", "Foreign Minister"), held in {@code scope}. */
    static TitleInfo named(java.util.Map<String, String> countryBodies, String text, String scope) {
        TitleInfo t = new TitleInfo(countryBodies);
        t.text = text;
        t.key = org.diplograph.names.NameKeys.fold(text);
        return t.inScope(scope);
    }

    /** The same title placed in a country or alliance: "the Prime Minister" of a Downing Street release is Britain's. */
    TitleInfo inScope(String placed) {
        TitleInfo t = unplaced();
        t.scope = placed;
        t.scopes.add(placed);
        return t;
    }

    /** The same title for another holder of a plural title, placed nowhere yet: "… and B" after "Foreign Ministers A". */
    TitleInfo forNextHolder() {
        TitleInfo t = unplaced();
        t.plural = true;
        return t;
    }

    /** The same title with no country or alliance of its own. */
    private TitleInfo unplaced() {
        TitleInfo t = new TitleInfo(countryBodies);
        t.text = text;
        t.key = key;
        t.fixedBody = fixedBody;
        t.bodySlug = bodySlug;
        t.bodyName = bodyName;
        t.counterpart = counterpart;
        t.defaultScope = defaultScope;
        t.alsoIn = alsoIn;
        t.sentTo = sentTo;
        return t;
    }

    /**
     * The country or alliance a holder of this title serves, when its body is a named one ("Secretary of State": USA); an
     * alliance's post always held by one country's officer is that country's ("Supreme Allied Commander Europe": USA). Null
     * when the title names no such body.
     */
    String holderScope(Gazetteer g) {
        if (fixedBody == null || !fixedBody.contains("/")) {
            return null;
        }
        String owner = fixedBody.substring(0, fixedBody.indexOf('/'));
        return g.isAlliance(owner) && defaultScope != null ? defaultScope : owner;
    }

    /** Whether the holder represents the scope itself (a president his country), no body within it. */
    boolean bodyIsScopeItself() {
        return fixedBody == null && bodySlug == null;
    }

    @Override
    public String toString() {
        return text + " → " + (fixedBody != null ? fixedBody : (scope + "/" + bodySlug));
    }
}
