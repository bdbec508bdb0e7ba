package org.diplograph.extract.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.names.NameKeys;

/**
 * When an official the extractor found is an official an expected file names. The extractor's id is
 * right when the graph would take both for one actor: the same id, or the same scope and a shared
 * identity key of the name rules ({@link NameKeys#identityKeys}: {@code USA/mark-t-esper} is
 * {@code USA/mark-esper}). Looser, for diagnosis and for counting duplicates, the same person under a
 * wrong id: the same name in another scope ({@code XXX/mark-esper}), or his family name alone or with
 * the same given name ({@code XXX/esper}).
 */
final class OfficialIdentity {

    /** Generational suffixes, folded as names are (III → i). */
    private static final Set<String> SUFFIXES = Stream.of("Jr", "Sr", "II", "III", "IV").map(NameKeys::fold).collect(Collectors.toSet());

    private OfficialIdentity() {
    }

    /** Whether the found official's id stands for the expected official in the graph. */
    static boolean sameOfficial(ActorId expected, Actor found) {
        return expected.equals(found.id()) || expected.scope().equals(found.id().scope()) && shareIdentityKey(expected, found);
    }

    /** Whether the found official is plainly the expected person, whatever his id. */
    static boolean samePerson(ActorId expected, Actor found) {
        if (sameOfficial(expected, found) || shareIdentityKey(expected, found)) {
            return true;
        }
        List<String> want = words(name(expected));
        List<String> got = words(name(found.id()));
        if (want.isEmpty() || got.isEmpty()) {
            return false;
        }
        String family = want.get(want.size() - 1);
        return got.get(got.size() - 1).equals(family) && (got.size() == 1 || got.get(0).equals(want.get(0)));
    }

    private static boolean shareIdentityKey(ActorId expected, Actor found) {
        Set<String> want = NameKeys.identityKeys(List.of(name(expected))).keySet();
        List<String> spellings = new ArrayList<>(found.spellings());
        spellings.add(name(found.id()));
        return NameKeys.identityKeys(spellings).keySet().stream().anyMatch(want::contains);
    }

    /** The name part of an official's id, in words: {@code USA/mark-esper} → {@code mark esper}. */
    static String name(ActorId id) {
        String value = id.value();
        return value.substring(value.indexOf('/') + 1).replace('-', ' ');
    }

    /** Folded words without generational suffixes (Jr., III). */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>(NameKeys.foldedWords(name));
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }
}
