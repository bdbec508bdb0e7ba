package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Guarantee: the loops of {@link Words} give what the regular expressions they replace gave, on any text: white space of
 * every kind, runs of it at either end, letters beyond ASCII and beyond the 16-bit range, and nothing at all.
 */
class WordsTests {

    /** Characters that make the cases: every {@code \s}, a space that is not one (no-break), letters, digits, marks. */
    private static final String ALPHABET = "ab  \t\n\r\u000B\fé1,-.\u00A0ĞşX\uD835\uDC00'";

    private static List<String> texts() {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(List.of("", " ", "  \t", "a", " a", "a ", "a  b", "\u00A0a\u00A0", "Lula  da\tSilva\n"));
        for (int k = 0; k < 200_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void spaceSplitIsSplitAtRunsOfWhiteSpace() {
        for (String text : texts()) {
            assertThat(Words.spaceSplit(text)).as("[%s]", text).containsExactly(text.split("\\s+"));
        }
    }

    @Test
    void singleSpacedMakesEachRunOfWhiteSpaceOneSpace() {
        for (String text : texts()) {
            assertThat(Words.singleSpaced(text)).as("[%s]", text).isEqualTo(text.replaceAll("\\s+", " "));
        }
    }

    @Test
    void letterSetHoldsTheRunsOfLettersInLowerCaseOnceInOrder() {
        for (String text : texts()) {
            LinkedHashSet<String> expected = new LinkedHashSet<>();
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!w.isEmpty()) {
                    expected.add(w);
                }
            }
            assertThat(Words.letterSet(text)).as("[%s]", text).containsExactlyElementsOf(expected);
        }
        assertThat(Words.letterSet("Minister of Foreign Affairs, minister")).containsExactly("minister", "of", "foreign", "affairs");
    }
}
