package org.diplograph.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Ministry;
import org.diplograph.model.Official;
import org.diplograph.names.AliasResolver.Known;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasResolverTests {

    private static final Known SADIKOV = new Known(ActorId.of("AZE/najmeddin-sadikov"), ActorKind.OFFICIAL,
            List.of("Najmeddin Sadikov", "Sadikhov"));
    private static final Known ILHAM = new Known(ActorId.of("AZE/ilham-aliyev"), ActorKind.OFFICIAL,
            List.of("Ilham Aliyev"));

    @Test
    void aNewIdWithAFoldedNameOfAKnownOfficialIsThatOfficial() {
        var incoming = new Official(ActorId.of("AZE/najmeddin-sadikhov"), "Najmeddin Sadikhov", List.of(), null);
        assertThat(AliasResolver.resolve(incoming, List.of(SADIKOV, ILHAM)))
                .hasValueSatisfying(merge -> {
                    assertThat(merge.known()).isEqualTo(SADIKOV.id());
                    assertThat(merge.rule()).isEqualTo(NameKeys.RULE_FULL_NAME);
                    assertThat(merge.key()).isEqualTo("najmedin sadikov");
                });
    }

    @Test
    void peopleSharingOnlyASurnameStayTwo() {
        var heydar = new Official(ActorId.of("AZE/heydar-aliyev"), "Heydar Aliyev", List.of("Aliyev"), null);
        assertThat(AliasResolver.resolve(heydar, List.of(ILHAM))).isEmpty();
    }

    @Test
    void aNameInAnotherCountryIsAnotherPerson() {
        var namesake = new Official(ActorId.of("TUR/najmeddin-sadikov"), "Najmeddin Sadikov", List.of(), null);
        assertThat(AliasResolver.resolve(namesake, List.of(SADIKOV))).isEmpty();
    }

    @Test
    void twoQualifyingCandidatesMeanNoMerge() {
        var twin = new Known(ActorId.of("AZE/n-sadikov"), ActorKind.OFFICIAL, List.of("Najmeddin Sadikov"));
        var incoming = new Official(ActorId.of("AZE/najmeddin-sadikhov"), "Najmeddin Sadikhov", List.of(), null);
        assertThat(AliasResolver.resolve(incoming, List.of(SADIKOV, twin))).isEmpty();
    }

    @Test
    void twoMinistriesOfOneCountryAreNotMergedByTheirFirstAndLastWords() {
        var incoming = new Ministry(ActorId.of("GEO/ministry-of-foreign-affairs"), "Ministry of Foreign Affairs of Georgia", List.of());
        var known = new AliasResolver.Known(ActorId.of("GEO/ministry-of-defence"), ActorKind.MINISTRY,
                List.of("Ministry of Defence of Georgia"));

        assertThat(AliasResolver.resolve(incoming, List.of(known))).isEmpty();
    }

    @Test
    void anOfficialIsStillMergedByGivenAndFamilyName() {
        var incoming = new Official(ActorId.of("AZE/ilham-aliyev-2"), "Ilham Heydar oglu Aliyev", List.of(), null);
        var known = new AliasResolver.Known(ActorId.of("AZE/ilham-aliyev"), ActorKind.OFFICIAL, List.of("Ilham Aliyev"));

        assertThat(AliasResolver.resolve(incoming, List.of(known)))
                .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(NameKeys.RULE_GIVEN_AND_FAMILY));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @DisplayName("namesakes stay two: other middle names or initials, suffixes or numbers block a merge by name")
    @CsvSource(delimiter = '|', textBlock = """
            George W. Bush                | George H. W. Bush              | two
            George Walker Bush            | George Herbert Walker Bush     | two
            Martin Luther King Jr.        | Martin Luther King Sr.         | two
            Martin Luther King Jr.        | Martin Luther King             | two
            John Smith III                | John Smith II                  | two
            Person Number663 Xavier       | Person Number664 Xavier        | two
            Ilham Heydar oglu Aliyev      | Ilham Aliyev                   | one
            George W. Bush                | George Walker Bush             | one
            Martin Luther King Jr.        | Martin Luther King, Jr.        | one
            Person Number663 Xavier       | Person Number663 Xavier        | one
            """)
    void namesakes(String incomingName, String knownName, String people) {
        var incoming = new Official(ActorId.of("USA/incoming"), incomingName, List.of(), null);
        var known = new Known(ActorId.of("USA/known"), ActorKind.OFFICIAL, List.of(knownName));
        assertThat(AliasResolver.resolve(incoming, List.of(known))).as(incomingName + " / " + knownName)
                .matches(merge -> merge.isPresent() == people.equals("one"));
    }

    @Test
    @DisplayName("a spelling that tells them apart blocks the merge even when another spelling would allow it")
    void anyConflictingSpellingBlocks() {
        var known = new Known(ActorId.of("USA/george-h-w-bush"), ActorKind.OFFICIAL, List.of("George H. W. Bush", "George Bush"));
        var incoming = new Official(ActorId.of("USA/george-w-bush"), "George W. Bush", List.of(), null);
        assertThat(AliasResolver.resolve(incoming, List.of(known))).isEmpty();
    }
}
