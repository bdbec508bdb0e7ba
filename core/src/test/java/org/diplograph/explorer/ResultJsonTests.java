package org.diplograph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.json.JsonMappers;
import org.diplograph.model.ActorKind;
import org.diplograph.model.DatePrecision;
import org.junit.jupiter.api.Test;

class ResultJsonTests {

    private static final ActorRef SADIKOV = new ActorRef("AZE/najmeddin-sadikov", ActorKind.OFFICIAL, "Najmeddin Sadikov");
    private static final ActorRef GERASIMOV = new ActorRef("RUS/valery-gerasimov", ActorKind.OFFICIAL, "Valery Gerasimov");

    @Test
    void aMeetingIsPlainJsonWithIsoDatesAndLowerCaseWords() throws Exception {
        MeetingFact meeting = new MeetingFact(SADIKOV, GERASIMOV, "2020-02-06", LocalDate.of(2020, 2, 6), DatePrecision.DAY,
                "Baku", List.of("baku-2020-02-11"), List.of("They met in Baku."));

        assertThat(JsonMappers.results().writeValueAsString(meeting)).isEqualTo("""
                {"official":{"id":"AZE/najmeddin-sadikov","kind":"official","name":"Najmeddin Sadikov"},\
                "counterpart":{"id":"RUS/valery-gerasimov","kind":"official","name":"Valery Gerasimov"},\
                "date":"2020-02-06","on":"2020-02-06","precision":"day","place":"Baku",\
                "sources":["baku-2020-02-11"],"evidence":["They met in Baku."]}""");
    }

    @Test
    void unknownValuesAreLeftOutAndEventKindsAreWords() throws Exception {
        TimelineEvent event = new TimelineEvent(null, null, null, TimelineEvent.Kind.ROLE_BEGINS, "He became minister.",
                List.of(SADIKOV), null, null, null);

        assertThat(JsonMappers.results().writeValueAsString(event))
                .contains("\"event\":\"role-begins\"").doesNotContain("null").doesNotContain("\"on\"");
    }

    @Test
    void aChainListsItsOfficialsInOrder() {
        ActorRef wolters = new ActorRef("USA/tod-wolters", ActorKind.OFFICIAL, "Tod Wolters");
        Chain chain = new Chain(GERASIMOV, wolters, List.of(new ChainHop(GERASIMOV, SADIKOV, List.of()),
                new ChainHop(SADIKOV, wolters, List.of())));

        assertThat(chain.officials()).containsExactly(GERASIMOV, SADIKOV, wolters);
    }

    @Test
    void aRoleWithoutDatesIsAlwaysHeld() {
        Role undated = new Role(SADIKOV, GERASIMOV, List.of(), "Chief", null, null, null, null, null, null);
        Role dated = new Role(SADIKOV, GERASIMOV, List.of(), "Chief", LocalDate.of(2019, 5, 1), DatePrecision.MONTH,
                LocalDate.of(2022, 7, 31), DatePrecision.MONTH, null, null);

        assertThat(undated.heldOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(dated.heldOn(LocalDate.of(2022, 7, 31))).isTrue();
        assertThat(dated.heldOn(LocalDate.of(2022, 8, 1))).isFalse();
    }
}
