package org.diplograph.extract.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The scorer's figures for one set of articles, and the differences behind them.
 *
 * @param setName  the set's name ({@code tuning}, {@code test})
 * @param articles each article's comparison, in name order
 */
public record ScoreReport(String setName, List<ArticleScore> articles) {

    /** Copies the list. */
    public ScoreReport {
        articles = List.copyOf(articles);
    }

    /**
     * @param kind a kind of fact
     * @return its right, unexpected and missing facts over all articles
     */
    public KindScore score(FactKind kind) {
        return articles.stream().map(a -> a.score(kind)).reduce(KindScore.NONE, KindScore::plus);
    }

    /** @return the meetings matched with found officials read by name whatever their id, dates aside */
    public KindScore meetingsByName() {
        return articles.stream().map(ArticleScore::meetingsByName).reduce(KindScore.NONE, KindScore::plus);
    }

    /** @return of the meetings found that were expected, how many have the expected date and precision */
    public int meetingsWithRightDate() {
        return sum(ArticleScore::datesRight);
    }

    /** @return of the meetings found that were expected, the share with the expected date and precision; 1 when none */
    public double meetingDateAccuracy() {
        int matched = score(FactKind.MEETINGS).right();
        return matched == 0 ? 1.0 : (double) meetingsWithRightDate() / matched;
    }

    /** @return of the meetings found that were expected, how many have a date the reader infers */
    public int inferredDates() {
        return sum(ArticleScore::inferredDates);
    }

    /** @return how many of those have the inferred date */
    public int inferredDatesRight() {
        return sum(ArticleScore::inferredDatesRight);
    }

    /** @return of the partnerships found that were expected, the share with the stated kind; 1 when none */
    public double partnershipKindAccuracy() {
        int matched = score(FactKind.PARTNERSHIPS).right();
        return matched == 0 ? 1.0 : (double) sum(ArticleScore::kindsRight) / matched;
    }

    /** @return expected officials found under two ids or more, each as {@code article: id as id, id} */
    public List<String> duplicatePersons() {
        List<String> all = new ArrayList<>();
        articles.forEach(a -> a.duplicates().forEach(d -> all.add(a.article() + ": " + d)));
        return all;
    }

    /** @return how many traps the articles set */
    public int traps() {
        return sum(a -> a.traps().size());
    }

    /** @return the traps the extractor fell into, each as {@code article: trap line} */
    public List<String> trapsTriggered() {
        List<String> all = new ArrayList<>();
        articles.forEach(a -> a.trapsTriggered().forEach(t -> all.add(a.article() + ": " + t.line())));
        return all;
    }

    /**
     * @param kind a kind of trap
     * @return how many traps of that kind the articles set, and how many were triggered: {@code [set, triggered]}
     */
    public int[] traps(TrapKind kind) {
        int set = 0;
        int triggered = 0;
        for (ArticleScore a : articles) {
            set += (int) a.traps().stream().filter(t -> t.kind() == kind).count();
            triggered += (int) a.trapsTriggered().stream().filter(t -> t.kind() == kind).count();
        }
        return new int[] {set, triggered};
    }

    /** @return every difference, each as {@code article: line}, article by article */
    public List<String> differences() {
        List<String> all = new ArrayList<>();
        articles.forEach(a -> a.differences().forEach(d -> all.add(a.article() + ": " + d)));
        return all;
    }

    /**
     * The report as text: the figures per kind, dates, kinds, duplicates, traps, meetings and officials
     * per genre, then the differences article by article.
     *
     * @return the text, lines ending in {@code \n}
     */
    public String format() {
        return format(true);
    }

    /**
     * The report as text, with or without the differences article by article: a set that rules are
     * never tuned on (the test set) is reported by its figures alone, so that its articles do not leak
     * into the rules through the report.
     *
     * @param withDifferences whether to list the differences (and the duplicate persons and traps triggered by name)
     * @return the text, lines ending in {@code \n}
     */
    public String format(boolean withDifferences) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Extraction quality, %s set: %d articles%n", setName, articles.size()));
        out.append(String.format(Locale.ROOT, "%-13s %8s %6s %6s %9s %7s %6s%n", "facts", "expected", "found", "right",
                "precision", "recall", "F1"));
        for (FactKind kind : FactKind.values()) {
            KindScore s = score(kind);
            out.append(String.format(Locale.ROOT, "%-13s %8d %6d %6d %9.2f %7.2f %6.2f%n", kind.word(), s.expected(), s.found(),
                    s.right(), s.precision(), s.recall(), s.f1()));
            if (kind == FactKind.MEETINGS) {
                KindScore byName = meetingsByName();
                out.append(String.format(Locale.ROOT, "%-13s %8d %6d %6d %9.2f %7.2f %6.2f  (the people matched by name whatever "
                        + "their ids, dates aside)%n", "  by name", byName.expected(), byName.found(), byName.right(),
                        byName.precision(), byName.recall(), byName.f1()));
            }
        }
        out.append(String.format(Locale.ROOT, "meetings with the right date: %.2f (%d of %d found; of those with a date a reader infers: %d of %d)%n",
                meetingDateAccuracy(), meetingsWithRightDate(), score(FactKind.MEETINGS).right(), inferredDatesRight(),
                inferredDates()));
        out.append(String.format(Locale.ROOT, "partnerships of the stated kind: %.2f (%d of %d found)%n", partnershipKindAccuracy(),
                sum(ArticleScore::kindsRight), score(FactKind.PARTNERSHIPS).right()));
        out.append(String.format(Locale.ROOT, "duplicate persons: %d%n", duplicatePersons().size()));
        if (withDifferences) {
            duplicatePersons().forEach(d -> out.append("  ").append(d).append('\n'));
        }
        StringBuilder byKind = new StringBuilder();
        for (TrapKind kind : TrapKind.values()) {
            int[] t = traps(kind);
            byKind.append(byKind.length() == 0 ? "" : ", ").append(kind.word()).append(' ').append(t[1]).append(" of ").append(t[0]);
        }
        out.append(String.format(Locale.ROOT, "traps triggered: %d of %d (%s)%n", trapsTriggered().size(), traps(), byKind));
        if (withDifferences) {
            trapsTriggered().forEach(t -> out.append("  ").append(t).append('\n'));
        }
        Map<String, List<ArticleScore>> genres = new TreeMap<>();
        articles.forEach(a -> genres.computeIfAbsent(a.genre() == null ? "(none)" : a.genre(), g -> new ArrayList<>()).add(a));
        out.append("by genre: articles, meetings F1, officials F1, meetings with the right date\n");
        for (Map.Entry<String, List<ArticleScore>> g : genres.entrySet()) {
            ScoreReport part = new ScoreReport(setName, g.getValue());
            out.append(String.format(Locale.ROOT, "  %-26s %3d %6.2f %6.2f %6.2f%n", g.getKey(), g.getValue().size(),
                    part.score(FactKind.MEETINGS).f1(), part.score(FactKind.OFFICIALS).f1(), part.meetingDateAccuracy()));
        }
        if (withDifferences) {
            out.append("differences:\n");
            for (ArticleScore a : articles) {
                for (String d : a.differences()) {
                    out.append("  ").append(a.article()).append(": ").append(d).append('\n');
                }
            }
        }
        return out.toString();
    }

    private int sum(ToIntFunction<ArticleScore> field) {
        return articles.stream().mapToInt(field).sum();
    }
}
