package org.diplograph.explorer;

/**
 * How big the graph is: nodes by label and edges by type.
 *
 * @param officials    {@code :Official} nodes
 * @param ministries   {@code :Ministry} nodes
 * @param alliances    {@code :Alliance} nodes
 * @param countries    {@code :Country} nodes
 * @param sources      {@code :Source} nodes
 * @param meetings     {@code MET_WITH} edges (one per pair of officials and date)
 * @param roles        {@code REPRESENTS} edges
 * @param partnerships {@code PARTNER_OF} edges
 * @param memberships  {@code MEMBER_OF} edges
 */
public record GraphSummary(long officials, long ministries, long alliances, long countries, long sources,
                           long meetings, long roles, long partnerships, long memberships) {
}
