package org.diplograph.extract;

/**
 * A title as an article writes it and what it says about the holder.
 *
 * <p>The body is either fixed ({@code NATO/shape}, or a country or alliance code) or relative to a
 * scope ({@code ministry-of-defense} of whichever country the holder serves); with neither, the holder
 * represents the scope itself (a president his country).
 */
final class TitleInfo {
    String text;
    String key;
    String fixedBody;
    String bodySlug;
    String bodyName;
    String scope;
    boolean counterpart;

    /** The id of the body this title belongs to when its holder serves {@code scope}, or {@code null}. */
    String bodyId(String scope) {
        if (fixedBody != null) {
            return fixedBody;
        }
        if (scope == null) {
            return null;
        }
        return bodySlug != null ? scope + "/" + bodySlug : scope;
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
