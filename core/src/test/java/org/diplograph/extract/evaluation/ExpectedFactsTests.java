package org.diplograph.extract.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.InvalidInputException;
import org.diplograph.model.ActorId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectedFactsTests {

    private static final String OFFICIALS = """
            official USA/lloyd-austin
            official ISR/benny-gantz
            official IND/rajnath-singh
            """;

    @Test
    @DisplayName("every kind of line is read, with comments, any pair order and sorted participants")
    void readsEveryLine() {
        ExpectedFacts facts = ExpectedFacts.parse("""
                published 2021-06-03   # the day of the readout
                genre readout
                """ + OFFICIALS + """
                represents USA/lloyd-austin USA/department-of-defense
                meeting ~2021-06-03 USA/lloyd-austin ISR/benny-gantz
                meeting 2021-04 ISR/benny-gantz USA/lloyd-austin
                meeting - USA/lloyd-austin IND/rajnath-singh
                partnership USA ISR strategic partnership
                membership ROU NATO

                trap non-member membership UKR NATO
                trap third-party-partners partnership ISR IND *
                trap yesterday-as-today meeting 2021-06-03 IND/rajnath-singh USA/lloyd-austin
                """, "gantz.expected");

        assertThat(facts.published()).isEqualTo(LocalDate.of(2021, 6, 3));
        assertThat(facts.genre()).isEqualTo("readout");
        assertThat(facts.facts(FactKind.OFFICIALS)).hasSize(3);
        assertThat(facts.facts(FactKind.REPRESENTS)).containsExactly(
                new Fact.Role(ActorId.of("USA/lloyd-austin"), ActorId.of("USA/department-of-defense")));
        assertThat(facts.facts(FactKind.MEETINGS)).extracting(Fact::line).containsExactly(
                "meeting ~2021-06-03 ISR/benny-gantz USA/lloyd-austin",
                "meeting 2021-04 ISR/benny-gantz USA/lloyd-austin",
                "meeting - IND/rajnath-singh USA/lloyd-austin");
        assertThat(facts.facts(FactKind.PARTNERSHIPS)).extracting(Fact::line).containsExactly("partnership ISR USA strategic partnership");
        assertThat(facts.facts(FactKind.MEMBERSHIPS)).extracting(Fact::line).containsExactly("membership ROU NATO");
        assertThat(facts.traps()).extracting(Trap::line).containsExactly(
                "trap non-member membership UKR NATO",
                "trap third-party-partners partnership IND ISR *",
                "trap yesterday-as-today meeting 2021-06-03 IND/rajnath-singh USA/lloyd-austin");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a malformed line is refused with the file, the line and the reason")
    @CsvSource(delimiter = '|', textBlock = """
            meeting 2021-06-03 USA/lloyd-austin ISR/avi-cohen                 | "ISR/avi-cohen" is not listed as an official
            represents ISR/avi-cohen ISR/ministry-of-defense                  | "ISR/avi-cohen" is not listed as an official
            meeting 2021-02-30 USA/lloyd-austin ISR/benny-gantz               | is not a real date
            meeting ~- USA/lloyd-austin ISR/benny-gantz                       | Only a date can be inferred
            meeting 2021-06-03 USA/lloyd-austin                               | Write: meeting
            meeting 2021-06-03 USA/lloyd-austin USA/lloyd-austin ISR/benny-gantz | each participant once
            partnership ISR USA *                                             | Only a trap may leave the kind open
            membership NATO ROU                                               | A membership names a country code and an alliance code
            trap member-by-accident membership UKR NATO                       | is not a kind of trap
            ministers met                                                     | starts no known line
            published 3 June 2021                                             | Write the publication date once
            """)
    void refusesMalformedLines(String line, String reason) {
        assertThatThrownBy(() -> ExpectedFacts.parse(OFFICIALS + line + "\n", "bad.expected"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.expected, line 4")
                .hasMessageContaining(reason);
    }

    @Test
    @DisplayName("a fact stated twice, a pair given two kinds and a trap that is also a fact are refused")
    void refusesContradictions() {
        assertThatThrownBy(() -> ExpectedFacts.parse(OFFICIALS + """
                meeting 2021-04 USA/lloyd-austin ISR/benny-gantz
                meeting ~2021-04 ISR/benny-gantz USA/lloyd-austin
                """, "twice.expected")).hasMessageContaining("line 5").hasMessageContaining("already stated");
        assertThatThrownBy(() -> ExpectedFacts.parse("partnership ISR USA partnership\npartnership USA ISR alliance\n", "pair.expected"))
                .hasMessageContaining("line 2").hasMessageContaining("a pair is one partnership");
        assertThatThrownBy(() -> ExpectedFacts.parse("membership GEO NATO\ntrap non-member membership GEO NATO\n", "trap.expected"))
                .hasMessageContaining("line 2").hasMessageContaining("A trap may not be an expected fact as well");
        assertThatThrownBy(() -> ExpectedFacts.parse(OFFICIALS + """
                meeting 2021-04 USA/lloyd-austin ISR/benny-gantz
                trap yesterday-as-today meeting * ISR/benny-gantz USA/lloyd-austin
                """, "any.expected")).hasMessageContaining("line 5").hasMessageContaining("A trap may not be an expected fact");
    }

    @Test
    @DisplayName("a partnership's kind is compared without regard to case and spacing")
    void foldedKind() {
        Fact.Partnership p = new Fact.Partnership(List.of(ActorId.of("USA"), ActorId.of("IND")), " Major  Defense Partnership ");
        assertThat(p.pair()).extracting(ActorId::value).containsExactly("IND", "USA");
        assertThat(p.foldedKind()).isEqualTo("major defense partnership");
    }
}
