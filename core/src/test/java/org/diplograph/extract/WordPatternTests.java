package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guarantee: a {@link WordPattern} finds exactly what {@link Matcher#find()} finds with the same expression, in the same
 * order, groups included, on any text: words glued to digits, underscores, accents written as combining marks, letters
 * beyond the 16-bit range, matches side by side.
 */
class WordPatternTests {

    private static final String[] PIECES = {"in", "In", "March", "Mar", "May", "5", "12", "2023", "on", "the", "same", "day", " ",
        ",", ".", "-", "_", "x", "e\u0301", "\u0301", "\uD835\uDC00", "é", "last", "week", "a", "ago", "\n", "5-12", "3-30", "the same day", "a day ago"};

    static Stream<Arguments> patterns() {
        return Stream.of(
                Arguments.of("IiOo", "\\b(?:[Ii]n|on)\\s+(Mar(?:ch)?|May)\\.?(?!\\s*\\d)"),
                Arguments.of("M0-9", "\\b(?:(Mar(?:ch)?|May)\\s+(\\d{1,2})|(\\d{1,2})\\s+(Mar(?:ch)?|May))\\b(?:,?\\s+(\\d{4})\\b)?"),
                Arguments.of("tTlLaAsSoO", "(?i)\\b(the same day|same day|last week|a day ago|on the day)\\b"),
                Arguments.of("0-9", "\\b(\\d{1,2})-(\\d{1,2})\\b"));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void findsWhatFindFinds(String firstChars, String regex) {
        WordPattern words = new WordPattern(firstChars, regex);
        Pattern pattern = Pattern.compile(regex);
        Random random = new Random(7);
        int matches = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                // mostly a space between pieces, so that phrases form; sometimes none, so that words glue
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) > 0 ? " " : "");
            }
            String t = text.toString();
            List<String> expected = new ArrayList<>();
            for (Matcher m = pattern.matcher(t); m.find(); ) {
                expected.add(describe(m));
            }
            List<String> found = new ArrayList<>();
            for (WordPattern.Matches m = words.matcher(t, WordPattern.wordStarts(t)); m.find(); ) {
                found.add(describe(m));
            }
            assertThat(found).as("[%s]", t).isEqualTo(expected);
            matches += found.size();
        }
        assertThat(matches).as("the texts hold matches to compare").isGreaterThan(300);
        assertThat(words.matcher(null, new int[0]).find()).as("no text, no match").isFalse();
    }

    private static String describe(java.util.regex.MatchResult m) {
        StringBuilder d = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            d.append('|').append(m.group(g));
        }
        return d.toString();
    }
}
