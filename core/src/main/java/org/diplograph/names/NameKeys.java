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
 * no identity key. A generational suffix (Jr., Sr., II, III, IV) is not the family name: King Jr. and
 * King Sr. share the family key {@code king}.
 *
 * <p>Sharing a key is not enough when the names say otherwise: {@link #tellApart(List, List)} finds
 * namesakes — two spellings with the same given and family names but different middle names or initials
 * (George W. Bush, George H. W. Bush), different generational suffixes (Jr., Sr.), or different numbers
 * (Person Number663 …, Person Number664 …).
 */
public final class NameKeys {

    /** The rule recorded when two actors share a folded full name. */
    public static final String RULE_FULL_NAME = "folded-full-name";
    /** The rule recorded when two actors share folded given and family names. */
    public static final String RULE_GIVEN_AND_FAMILY = "folded-given-and-family-name";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The apostrophes a name may be written with: dropped, so that O'Brien and OBrien fold alike. */
    private static final String APOSTROPHE_CHARS = "'’ʼ`´";
    private static final Pattern APOSTROPHES = Pattern.compile("[" + APOSTROPHE_CHARS + "]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Generational suffixes, folded, with the spelling each stands for. */
    private static final Map<String, String> SUFFIXES = Map.of("jr", "jr", "jnr", "jr", "sr", "sr", "snr", "sr",
            "ii", "ii", "iii", "iii", "iv", "iv");

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
        // One pass over the characters (names are folded for every row of a bulk load): lower-case,
        // apostrophes dropped, split at anything that is not a letter or digit. Only text beyond ASCII
        // pays for the special letters and the decomposition that strips accents.
        String lower = isAscii(text) ? text.toLowerCase(Locale.ROOT)
                : MARKS.matcher(Normalizer.normalize(mapSpecialLetters(text), Normalizer.Form.NFD)).replaceAll("")
                        .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isApostrophe(c)) {
                continue;
            }
            if (isLetterOrNumber(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(foldWord(word.toString()));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(foldWord(word.toString()));
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
            int family = familyIndex(spelling, words);
            if (words.size() > 2 && family > 0) {
                keys.add(words.get(0) + " " + words.get(family));
            }
            keys.add(words.get(family));
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
            int family = familyIndex(spelling, words);
            if (words.size() > 2 && family > 0) {
                keys.putIfAbsent(words.get(0) + " " + words.get(family), RULE_GIVEN_AND_FAMILY);
            }
        }
        return keys;
    }

    /**
     * Whether two actors' names show them to be namesakes, not one person: some spelling of each has the same
     * given and family name as some spelling of the other, yet the two differ in their middle names or
     * initials (both have some: George W. Bush, George H. W. Bush; Ilham Heydar oglu Aliyev and Ilham Aliyev
     * do not differ), in their generational suffix (Jr., Sr., II; one without a suffix differs from one with
     * it), or in the numbers in them (Person Number663 X, Person Number664 X).
     *
     * @param spellings one actor's name and aliases
     * @param others    the other actor's
     * @return whether the names tell the two apart
     */
    public static boolean tellApart(List<String> spellings, List<String> others) {
        List<NameParts> theirs = others.stream().map(NameKeys::parts).filter(p -> p != null).toList();
        for (String spelling : spellings) {
            NameParts ours = parts(spelling);
            if (ours == null) {
                continue;
            }
            for (NameParts other : theirs) {
                if (ours.given().equals(other.given()) && ours.family().equals(other.family()) && !ours.compatible(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A spelling's given name, middle words, family name, generational suffix and number tokens, all folded. */
    private record NameParts(String given, List<String> middles, String family, String suffix, Set<String> numbers) {

        boolean compatible(NameParts other) {
            if (!numbers.equals(other.numbers) || !suffix.equals(other.suffix)) {
                return false;
            }
            if (middles.isEmpty() || other.middles.isEmpty()) {
                return true;
            }
            if (middles.size() != other.middles.size()) {
                return false;
            }
            for (int i = 0; i < middles.size(); i++) {
                String a = middles.get(i);
                String b = other.middles.get(i);
                boolean initial = (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
                if (!a.equals(b) && !initial) {
                    return false;
                }
            }
            return true;
        }
    }

    /** @return the parts of a spelling of at least a given and a family name, or {@code null} */
    private static NameParts parts(String spelling) {
        List<String> words = foldedWords(spelling);
        int family = familyIndex(spelling, words);
        if (family < 1) {
            return null;
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (String word : words) {
            if (word.chars().anyMatch(Character::isDigit)) {
                numbers.add(word);
            }
        }
        String suffix = family == words.size() - 1 ? "" : SUFFIXES.get(lastWord(spelling));
        return new NameParts(words.get(0), words.subList(1, family), words.get(family), suffix, numbers);
    }

    /**
     * The index of the family name among a spelling's folded words: the last word, unless that is a
     * generational suffix after at least two words (read before folding: folding makes III and II one).
     */
    private static int familyIndex(String spelling, List<String> words) {
        int last = words.size() - 1;
        return last >= 2 && SUFFIXES.containsKey(lastWord(spelling)) ? last - 1 : last;
    }

    /** @return the last word of a text, lower-cased but not folded */
    private static String lastWord(String text) {
        String[] words = NOT_WORD.split(text.toLowerCase(Locale.ROOT));
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /**
     * A slug for ids: {@code Najmeddin Sadikov} → {@code najmeddin-sadikov}. Unlike {@link #fold(String)}
     * it keeps the spelling as written (only diacritics go), so ids stay recognisable.
     *
     * @param text a name
     * @return the slug; empty when the text has no letters or digits
     */
    public static String slug(String text) {
        if (text != null && ascii(text)) {
            return asciiSlug(text);
        }
        String mapped = mapSpecialLetters(text == null ? "" : text);
        String stripped = MARKS.matcher(Normalizer.normalize(mapped, Normalizer.Form.NFD)).replaceAll("");
        String lower = APOSTROPHES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("");
        return String.join("-", Arrays.stream(lower.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList());
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@link #slug} of a text in ASCII, in one pass: no letter to map, no mark to drop (the extractor makes ids all the time). */
    private static String asciiSlug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (APOSTROPHE_CHARS.indexOf(c) >= 0) {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String foldWord(String word) {
        String w = word;
        if (w.indexOf('h') >= 0 || w.indexOf('x') >= 0) {
            w = w.replace("kh", "k").replace("ph", "f").replace("x", "ks");
        }
        if (w.endsWith("yeva")) {
            w = w.substring(0, w.length() - 4) + "eva";
        } else if (w.endsWith("yev")) {
            w = w.substring(0, w.length() - 3) + "ev";
        } else if (w.length() > 3 && (w.endsWith("iy") || w.endsWith("ii"))) {
            w = w.substring(0, w.length() - 2) + "y";
        } else if (w.length() > 3 && w.endsWith("ei")) {
            w = w.substring(0, w.length() - 2) + "ey";
        }
        return withoutDoubledLetters(w);
    }

    /** A run of one letter as that letter once ("Mikhaill" and "Mikhail" fold alike); digits keep their runs. */
    private static String withoutDoubledLetters(String w) {
        StringBuilder out = null;
        int previous = -1;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean repeat = c == previous && Character.isLetter(c);
            if (repeat && out == null) {
                out = new StringBuilder(w.length()).append(w, 0, i);
            } else if (!repeat && out != null) {
                out.appendCodePoint(c);
            }
            previous = c;
            i = next;
        }
        return out == null ? w : out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(int c) {
        return APOSTROPHE_CHARS.indexOf(c) >= 0;
    }

    /** What the patterns {@code \p{L}} and {@code \p{N}} match. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
                case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
                case 'ł', 'Ł' -> out.append('l');
                case 'þ', 'Þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
