package org.diplograph.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folded name keys: one spelling per person however the press writes him.
 *
 * <p>{@link #fold(String)} lower-cases, strips diacritics (Işık → isik, Məmmədov → mamadov), and
 * evens out common transliteration variants token by token: {@code kh → k} (Sadikhov → sadikov),
 * final {@code -iy}/{@code -ii} → {@code -y} (Valeriy, Valerii → valery), final {@code -ei} → {@code -ey}
 * (Sergei → sergey), {@code -yev}/{@code -yeva} → {@code -ev}/{@code -eva} (Aliyev → aliev),
 * {@code x → ks}, {@code ph → f}, and doubled letters once (Mammadov → mamadov).
 *
 * <p>Keys come in three sorts. The <em>full</em> key of a spelling and its <em>given-and-family</em>
 * key (first and last word, which drops middle names and patronymics: Ilham Heydar oglu Aliyev →
 * ilham aliev) are <em>identity keys</em>: two actors of one kind and one country sharing one are
 * the same actor. The <em>family</em> key (the last word alone) only helps search: two people who
 * share a surname are not merged by it. A spelling that starts with an initial (T. Wolters) gives
 * no identity key.
 */
public final class NameKeys {

    /** The rule recorded when two actors share a folded full name. */
    public static final String RULE_FULL_NAME = "folded-full-name";
    /** The rule recorded when two actors share folded given and family names. */
    public static final String RULE_GIVEN_AND_FAMILY = "folded-given-and-family-name";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");

    private NameKeys() {
    }

    /**
     * @param text a name, alias or search text
     * @return its folded key: lower-case words separated by single spaces; empty when it has no letters
     */
    public static String fold(String text) {
        return String.join(" ", foldedWords(text));
    }

    /**
     * @param text a name
     * @return its folded words, in order
     */
    public static List<String> foldedWords(String text) {
        if (text == null) {
            return List.of();
        }
        String mapped = mapSpecialLetters(text);
        String stripped = MARKS.matcher(Normalizer.normalize(mapped, Normalizer.Form.NFD)).replaceAll("");
        String lower = APOSTROPHES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(lower)) {
            if (!word.isEmpty()) {
                words.add(foldWord(word));
            }
        }
        return words;
    }

    /**
     * Every key of the given spellings: full, given-and-family and family keys.
     *
     * @param spellings a name and its aliases
     * @return the keys, each once
     */
    public static List<String> keys(List<String> spellings) {
        Set<String> keys = new LinkedHashSet<>();
        for (String spelling : spellings) {
            List<String> words = foldedWords(spelling);
            if (words.isEmpty()) {
                continue;
            }
            keys.add(String.join(" ", words));
            if (words.size() > 2) {
                keys.add(words.get(0) + " " + words.get(words.size() - 1));
            }
            keys.add(words.get(words.size() - 1));
        }
        return List.copyOf(keys);
    }

    /**
     * The identity keys of the given spellings, each with the rule that makes it one.
     *
     * @param spellings a name and its aliases
     * @return key → rule ({@link #RULE_FULL_NAME} or {@link #RULE_GIVEN_AND_FAMILY})
     */
    public static Map<String, String> identityKeys(List<String> spellings) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String spelling : spellings) {
            List<String> words = foldedWords(spelling);
            if (words.size() < 2 || words.get(0).length() < 2) {
                continue;
            }
            keys.putIfAbsent(String.join(" ", words), RULE_FULL_NAME);
            if (words.size() > 2) {
                keys.putIfAbsent(words.get(0) + " " + words.get(words.size() - 1), RULE_GIVEN_AND_FAMILY);
            }
        }
        return keys;
    }

    /**
     * A slug for ids: {@code Najmeddin Sadikov} → {@code najmeddin-sadikov}. Unlike {@link #fold(String)}
     * it keeps the spelling as written (only diacritics go), so ids stay recognisable.
     *
     * @param text a name
     * @return the slug; empty when the text has no letters or digits
     */
    public static String slug(String text) {
        String mapped = mapSpecialLetters(text == null ? "" : text);
        String stripped = MARKS.matcher(Normalizer.normalize(mapped, Normalizer.Form.NFD)).replaceAll("");
        String lower = APOSTROPHES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("");
        return String.join("-", Arrays.stream(lower.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList());
    }

    private static String foldWord(String word) {
        String w = word.replace("kh", "k").replace("ph", "f").replace("x", "ks");
        if (w.endsWith("yeva")) {
            w = w.substring(0, w.length() - 4) + "eva";
        } else if (w.endsWith("yev")) {
            w = w.substring(0, w.length() - 3) + "ev";
        } else if (w.length() > 3 && (w.endsWith("iy") || w.endsWith("ii"))) {
            w = w.substring(0, w.length() - 2) + "y";
        } else if (w.length() > 3 && w.endsWith("ei")) {
            w = w.substring(0, w.length() - 2) + "ey";
        }
        return DOUBLED.matcher(w).replaceAll("$1");
    }

    private static String mapSpecialLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ı', 'İ' -> out.append('i');
                case 'ə', 'Ə' -> out.append('a');
                case 'ß' -> out.append("ss");
                case 'ø', 'Ø' -> out.append('o');
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'đ', 'Đ' -> out.append('d');
                case 'ł', 'Ł' -> out.append('l');
                case 'þ', 'Þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
