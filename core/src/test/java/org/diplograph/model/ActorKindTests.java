package org.diplograph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorKindTests {

    /** The id forms of DESIGN.md as regular expressions; ActorKind checks them by hand. */
    private static final Pattern SCOPED_SLUG = Pattern.compile("[A-Z][A-Z0-9]{1,11}/[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ALLIANCE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    @ParameterizedTest
    @CsvSource(textBlock = """
            AZE/najmeddin-sadikov, true,  true,  false, false
            NATO/shape,            true,  true,  false, false
            G20/sherpa-office,     true,  true,  false, false
            7G/sherpa-office,      false, false, false, false
            USA/european-command,  true,  true,  false, false
            AZE,                   false, false, true,  true
            NATO,                  false, false, true,  false
            G7,                    false, false, true,  false
            AZE/-sadikov,          false, false, false, false
            AZE/sadikov-,          false, false, false, false
            AZE/najmeddin--sadikov,false, false, false, false
            AZE/,                  false, false, false, false
            A/sadikov,             false, false, false, false
            ABCDEFGHIJKLM/x,       false, false, false, false
            aze/sadikov,           false, false, false, false
            AZE/Sadikov,           false, false, false, false
            7AB,                   false, false, false, false
            AZE/sadikov/x,         false, false, false, false
            """)
    void acceptsTheFormsOfTheDesign(String id, boolean official, boolean ministry, boolean alliance, boolean country) {
        assertThat(ActorKind.OFFICIAL.accepts(id)).isEqualTo(official);
        assertThat(ActorKind.MINISTRY.accepts(id)).isEqualTo(ministry);
        assertThat(ActorKind.ALLIANCE.accepts(id)).isEqualTo(alliance);
        assertThat(ActorKind.COUNTRY.accepts(id)).isEqualTo(country);
    }

    @Test
    void agreesWithTheRegularExpressionsOnRandomText() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "ABZaz09-/_ é";
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            // half near-ids (an upper-case scope, maybe a slash and a slug, maybe one character changed), half noise
            StringBuilder id = new StringBuilder();
            if (random.nextBoolean()) {
                append(id, random, "ABZ09", random.nextInt(1, 14));
                if (random.nextInt(4) > 0) {
                    id.append('/');
                    append(id, random, "az09--", random.nextInt(0, 9));
                }
                if (random.nextInt(4) == 0) {
                    id.setCharAt(random.nextInt(id.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                append(id, random, alphabet, random.nextInt(1, 16));
            }
            String text = id.toString();
            boolean slug = SCOPED_SLUG.matcher(text).matches();
            assertThat(ActorKind.OFFICIAL.accepts(text)).as(text).isEqualTo(slug);
            assertThat(ActorKind.MINISTRY.accepts(text)).as(text).isEqualTo(slug);
            assertThat(ActorKind.ALLIANCE.accepts(text)).as(text).isEqualTo(ALLIANCE.matcher(text).matches());
            assertThat(ActorKind.COUNTRY.accepts(text)).as(text).isEqualTo(COUNTRY.matcher(text).matches());
            accepted += slug ? 1 : 0;
        }
        // the random ids must exercise both answers, or the comparison proves little
        assertThat(accepted).isGreaterThan(1_000).isLessThan(100_000);
    }

    private static void append(StringBuilder id, SplittableRandom random, String alphabet, int length) {
        for (int j = 0; j < length; j++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
    }
}
