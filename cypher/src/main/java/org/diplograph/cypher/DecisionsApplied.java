package org.diplograph.cypher;

/**
 * What {@link GraphWriter#apply} did with analysts' decisions.
 *
 * @param kept   decisions kept in the graph (applied to ids it holds, and to ids that arrive later)
 * @param merged pairs of actors merged into one
 * @param split  merged ids split out into actors of their own
 */
public record DecisionsApplied(int kept, int merged, int split) {
}
