package org.diplograph.convert.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Conversion;
import org.diplograph.model.FactSet;
import org.diplograph.model.Representation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POLECAT rows to meetings, their columns found through the header mapping. */
class PolecatEventsTests {

    @TempDir
    Path tmp;

    @Test
    @DisplayName("CONSULT by visit, third party or multilaterally is a meeting, by phone a call; titles name the ministry and stay the role's title")
    void consultModes() throws IOException {
        Path file = tmp.resolve("polecat.tsv");
        Files.writeString(file, """
                Event ID|Story ID|Event Date|Event Type|Event Mode|Actor Name|Actor Country|Primary Actor Sector|Actor Title|Recipient Name|Recipient Country|Primary Recipient Sector|Recipient Title|City|Country|Source|Publication Date
                e1|s1|2023-03-20|CONSULT|visit|Xi Jinping|CHN|Government|President|Vladimir Putin|RUS|Government|President|Moscow|Russia|Xinhua|2023-03-21
                e2|s1|2023-03-20|CONSULT|visit|Vladimir Putin|RUS|Government|President|Xi Jinping|CHN|Government|President|Moscow|Russia|Xinhua|2023-03-21
                e3|s2|2023-03-21|CONSULT|phone|Sergey Lavrov|RUS|Government|Foreign Minister|Antony Blinken|USA|Government|Secretary of State|||Reuters|2023-03-21
                e4|s3|2023-03-22|CONSULT|third-party|Sergey Lavrov|Russia|Government|Foreign Minister|Wang Yi|China|Government|Foreign Minister|New Delhi|India|AFP|2023-03-22
                e5|s3|2023-03-22|CONSULT||Sergey Lavrov|RUS|Government|Foreign Minister|Wang Yi|CHN|Government|Foreign Minister|||AFP|2023-03-22
                e6|s4|2023-03-22|ACCUSE||Sergey Lavrov|RUS|Government|Foreign Minister|Antony Blinken|USA|Government|Secretary of State|||AFP|2023-03-22
                """.replace('|', '\t'));
        List<FactSet> facts = new ArrayList<>();
        try (Conversion events = PolecatEvents.open(file)) {
            events.forEachRemaining(facts::add);
            assertThat(events.summary().used()).isEqualTo(3);
            assertThat(events.summary().skipped(EventConversion.TELEPHONE)).isEqualTo(1);
            assertThat(events.summary().skipped(EventConversion.NOT_A_MEETING)).isEqualTo(2);
        }
        assertThat(facts).extracting(f -> f.source().id()).containsExactly("polecat:s1", "polecat:s3");
        assertThat(facts.get(0).meetings()).hasSize(1);
        assertThat(facts.get(0).source().publisher()).isEqualTo("Xinhua");
        assertThat(facts.get(0).meetings().get(0).provenance().rule()).isEqualTo("polecat:consult:visit");
        List<Representation> roles = facts.get(1).represents();
        assertThat(roles).extracting(r -> r.who() + " -> " + r.body() + " (" + r.title() + ")").contains(
                "RUS/sergey-lavrov -> RUS/ministry-of-foreign-affairs (Foreign Minister)",
                "CHN/wang-yi -> CHN/ministry-of-foreign-affairs (Foreign Minister)");
        assertThat(facts.get(1).meetings().get(0).place()).isEqualTo("New Delhi");
    }

    @Test
    @DisplayName("a header without POLECAT's columns is one clear error naming what is missing")
    void anotherFormatIsRefused() throws IOException {
        Path file = tmp.resolve("events.tab");
        Files.writeString(file, IcewsEventsTests.HEADER + "\n");
        assertThatThrownBy(() -> PolecatEvents.open(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ", line 1: This is not a POLECAT events file")
                .hasMessageContaining("Event Type", "Actor Name", "Recipient Name");
    }
}
