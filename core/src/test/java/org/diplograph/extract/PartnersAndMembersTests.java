package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is a member of an alliance, and who is a partner of whom, as a careful reader takes it. */
class PartnersAndMembersTests {

    private static final Extractor EXTRACTOR = Extractor.withBuiltInGazetteer();
    private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

    @ParameterizedTest(name = "{0}")
    @DisplayName("members: said of the countries before, listed after, or of the bloc named again; never of aspirants, guests or partners")
    @CsvSource(delimiter = '|', textBlock = """
            Poland's membership in NATO has shaped its army.                                              | POL NATO
            Norway was a member of NATO and the EU's single market partner.                              | NOR NATO
            Greece was a member of NATO and the EU long before the crisis.                               | GRC NATO, GRC EU
            The CSTO's six members — Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan — met. | RUS CSTO, BLR CSTO, ARM CSTO, KAZ CSTO, KGZ CSTO, TJK CSTO
            The CSTO met. The envoy briefed Russia, Belarus and Armenia, the other members of the bloc.   | RUS CSTO, BLR CSTO, ARM CSTO
            Kazakhstan, a member of the Russian-led CSTO, asked for help.                                 | KAZ CSTO
            Sweden joined NATO in March.                                                                  | SWE NATO
            Georgia hopes to become a full member of NATO.                                                |
            Moldova began the procedure for becoming a member of the EU.                                  |
            Leaders voiced support for Ukraine's membership in NATO.                                      |
            Serbia, which is not a member of NATO, sent an observer.                                      |
            """)
    void memberships(String article, String expected) {
        FactSet facts = EXTRACTOR.extract(article, "t", DAY);
        List<String> found = facts.memberships().stream().map(m -> m.member() + " " + m.alliance()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected == null ? List.of() : List.of(expected.split(", ")));
    }
}
