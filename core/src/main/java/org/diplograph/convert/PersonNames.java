package org.diplograph.convert;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplograph.model.ActorId;
import org.diplograph.names.NameKeys;

/**
 * People's names in event data: which actors are named people (officials) rather than generic actors
 * ({@code Foreign Affairs (Bangladesh)}, {@code PRESIDENT}, {@code THE WHITE HOUSE}, a country), how to
 * write them ({@code BARACK OBAMA} → {@code Barack Obama}) and the official id they get
 * ({@code <ISO3>/<slug of the full name>}, as everywhere in Diplograph). The words that make a name
 * generic are data: {@code generic-words.txt}.
 */
public final class PersonNames {

    private static final PersonNames BUILT_IN = new PersonNames(Countries.builtIn());

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final Countries countries;
    private final Set<String> genericWords = new HashSet<>();

    private PersonNames(Countries countries) {
        this.countries = countries;
        for (String line : DataFiles.lines(PersonNames.class, "generic-words.txt")) {
            for (String word : line.strip().split("\\s+")) {
                genericWords.add(word);
            }
        }
    }

    /** @return the rules shipped with Diplograph */
    public static PersonNames builtIn() {
        return BUILT_IN;
    }

    /**
     * @param name an actor's name as a peer's file gives it
     * @return whether it names a person: two words or more, none generic, no brackets, not a country
     */
    public boolean isNamedPerson(String name) {
        if (name == null || name.indexOf('(') >= 0 || name.indexOf(')') >= 0) {
            return false;
        }
        int words = 0;
        int start = -1;
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '\'');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (genericWords.contains(lower.substring(start, i))) {
                    return false;
                }
                words++;
                start = -1;
            }
        }
        return words >= 2 && !countries.isCountryName(name);
    }

    /**
     * A name as people write it: one in capitals ({@code BARACK OBAMA}, {@code BAN_KI-MOON}) gets capitals only
     * at the start of its words; any other is kept as written. Underscores become spaces.
     *
     * @param name a name
     * @return the display name
     */
    public static String display(String name) {
        String spaced = SPACES.matcher(Fields.clean(name.replace('_', ' '))).replaceAll(" ");
        boolean hasLower = false;
        for (int i = 0; i < spaced.length(); i++) {
            if (Character.isLowerCase(spaced.charAt(i))) {
                hasLower = true;
                break;
            }
        }
        if (hasLower) {
            return spaced;
        }
        StringBuilder out = new StringBuilder(spaced.length());
        boolean start = true;
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '.';
        }
        return out.toString();
    }

    /**
     * @param scope a country's ISO alpha-3 code or an alliance id
     * @param name  the person's display name
     * @return the official's id, {@code <scope>/<slug of the name>}; empty when the name has no Latin letters or digits
     */
    public static Optional<ActorId> officialId(String scope, String name) {
        String slug = NameKeys.slug(name);
        if (slug.isEmpty() || scope.length() + 1 + slug.length() > ActorId.MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(ActorId.of(scope + "/" + slug));
    }
}
