package org.diplograph.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTests {

    @ParameterizedTest(name = "{0} and {1} fold alike")
    @CsvSource(textBlock = """
            Najmeddin Sadikov,      Najmeddin Sadikhov
            Valery Gerasimov,       Valeriy Gerasimov
            Valery Gerasimov,       Valerii Gerasimov
            Hulusi Akar,            HULUSI AKAR
            Ilham Aliyev,           Ilham Aliev
            Işık Koşaner,           Isik Kosaner
            Sergei Shoigu,          Sergey Shoigu
            Recep Tayyip Erdoğan,   Recep Tayyip Erdogan
            Elmar Məmmədyarov,      Elmar Mammadyarov
            Alexey Ivanov,          Aleksey Ivanov
            """)
    void spellingVariantsFoldToOneKey(String one, String other) {
        assertThat(NameKeys.fold(one)).isEqualTo(NameKeys.fold(other));
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource(textBlock = """
            Ilham Aliyev,     Heydar Aliyev
            Tod Wolters,      Todd Walters
            Sergey Lavrov,    Sergey Shoigu
            """)
    void differentPeopleKeepDifferentKeys(String one, String other) {
        assertThat(NameKeys.fold(one)).isNotEqualTo(NameKeys.fold(other));
        assertThat(NameKeys.identityKeys(List.of(one)).keySet())
                .doesNotContainAnyElementsOf(NameKeys.identityKeys(List.of(other)).keySet());
    }

    @Test
    void patronymicGivesTheGivenAndFamilyKey() {
        assertThat(NameKeys.identityKeys(List.of("Ilham Heydar oglu Aliyev")))
                .containsEntry("ilham aliev", NameKeys.RULE_GIVEN_AND_FAMILY);
    }

    @Test
    void initialsAndSurnamesAloneAreSearchKeysButNotIdentityKeys() {
        assertThat(NameKeys.keys(List.of("General T. Wolters"))).contains("wolters");
        assertThat(NameKeys.identityKeys(List.of("T. Wolters", "Sadikhov"))).isEmpty();
    }

    @Test
    void foldIgnoresPunctuationAndHostileCharacters() {
        assertThat(NameKeys.fold("  O'Brien,  \"Jim\" }) DETACH DELETE n // ")).isEqualTo("obrien jim detach delete n");
        assertThat(NameKeys.fold("")).isEmpty();
        assertThat(NameKeys.fold(null)).isEmpty();
    }

    @Test
    void slugKeepsTheSpellingButDropsDiacritics() {
        assertThat(NameKeys.slug("Recep Tayyip Erdoğan")).isEqualTo("recep-tayyip-erdogan");
        assertThat(NameKeys.slug("Işık Koşaner")).isEqualTo("isik-kosaner");
    }

    @Test
    void aSlugInAsciiIsTheSameByTheQuickPathAsByTheFullOne() {
        // the text alone takes the quick path; with " é" after it, the full one, which adds "-e"
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < 50_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append((char) (9 + random.nextInt(118)));
            }
            String quick = NameKeys.slug(text.toString());
            assertThat(NameKeys.slug(text + " é")).as("[%s]", text).isEqualTo(quick.isEmpty() ? "e" : quick + "-e");
        }
        assertThat(NameKeys.slug("Jean-Yves O'Brien  Jr.")).isEqualTo("jean-yves-obrien-jr");
    }
}
