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

    @Override
    public String toString() {
        return text + " → " + (fixedBody != null ? fixedBody : (scope + "/" + bodySlug));
    }
}
