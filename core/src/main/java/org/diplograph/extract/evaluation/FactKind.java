package org.diplograph.extract.evaluation;

/** The kinds of fact the scorer compares, each with its own precision, recall and F1. */
public enum FactKind {
    /** Who met whom (and, compared separately, when). */
    MEETINGS("meetings"),
    /** The officials an article names, by id. */
    OFFICIALS("officials"),
    /** An official's role in a ministry, command, country or alliance: holder and body. */
    REPRESENTS("represents"),
    /** Two countries or alliances that are partners (and, compared separately, the kind). */
    PARTNERSHIPS("partnerships"),
    /** A country belonging to an alliance. */
    MEMBERSHIPS("memberships");

    private final String word;

    FactKind(String word) {
        this.word = word;
    }

    /** @return the kind as the report writes it ({@code meetings}) */
    public String word() {
        return word;
    }
}
