package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.model.ActorId;

/** A person of one article: every spelling seen, the roles stated, the country or alliance. */
final class Person {

    /** A stated role, with the sentence that states it. */
    record Role(TitleInfo title, String evidence, String rule, double confidence) {
    }

    final int order;
    String name;
    String given;
    boolean givenIsInitial;
    String family;
    final Set<String> spellings = new LinkedHashSet<>();
    String scope;
    /** The scope of a person named in the same breath ("Indian Minister A and Adviser B"), used when nothing better is known. */
    String fallbackScope;
    String rank;
    final List<Role> roles = new ArrayList<>();
    boolean confirmed;
    int lastSeen;
    /** Where he is named (sentence × 1000 + token), in order: whom "the Secretary" or "him" meant at a point. */
    final List<Integer> seenAt = new ArrayList<>(4);
    ActorId fixedId;
    /** The gazetteer's known person of this name, for the scope and role the text may not give; or null. */
    KnownPeople.Person known;
    /** Whether {@link #known} was found by a name of one word ("President Tebboune"), which a whole name overrules. */
    boolean knownByOneName;
    ActorId id;
    boolean inMeeting;
    /** Named as a private person ("businessman", "First Lady"): no official, whatever his namesakes serve, unless given a role. */
    boolean privatePerson;
    /** {@link #nameWords()} and the name they are of. */
    private String[] nameWords;
    private String nameWordsOf;

    /** The words of the name as written, none before it has one; kept until the name changes (not to be changed). */
    String[] nameWords() {
        if (nameWords == null || nameWordsOf != name) {
            nameWordsOf = name;
            nameWords = name == null ? new String[0] : Words.spaceSplit(name);
        }
        return nameWords;
    }

    /** Whose official the text calls him: "Lula's finance minister, Fernando Haddad"; or null. */
    Person principal;
    /** The first of the subjects he met others with ("A and Ambassador B met with C"): his side at that meeting; or null. */
    Person side;

    Person(int order) {
        this.order = order;
    }

    /** The country or alliance the text gives him, else the one the gazetteer knows he served on the day; or null. */
    String scopeOn(java.time.LocalDate day) {
        if (scope != null || known == null) {
            return scope;
        }
        KnownPeople.Role role = known.roleOn(day);
        return role == null ? null : role.scope();
    }

    /** The last place before {@code at} where he is named, or -1. */
    int seenBefore(int at) {
        int n = timesSeenBefore(at);
        return n == 0 ? -1 : seenAt.get(n - 1);
    }

    /** Notes that he is named at {@code at} (sentence × 1000 + token), keeping {@link #seenAt} in order. */
    void seen(int at) {
        int i = timesSeenBefore(at);
        if (i == seenAt.size() || seenAt.get(i) != at) {
            seenAt.add(i, at);
        }
    }

    /** How many times he is named before {@code at}: {@link #seenAt} is in reading order, so a binary search. */
    int timesSeenBefore(int at) {
        int lo = 0;
        int hi = seenAt.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seenAt.get(mid) < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean hasFullName() {
        return given != null && !givenIsInitial;
    }

    @Override
    public String toString() {
        return name + (scope == null ? "" : " (" + scope + ")");
    }
}
