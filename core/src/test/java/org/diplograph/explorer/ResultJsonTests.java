package org.diplograph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.json.JsonMappers;
import org.diplograph.model.ActorKind;
import org.diplograph.model.PartialDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResultJsonTests {

    private static final ActorRef SADIKOV = new ActorRef("AZE/najmeddin-sadikov", ActorKind.OFFICIAL, "Najmeddin Sadikov");
    private static final ActorRef GERASIMOV = new ActorRef("RUS/valery-gerasimov", ActorKind.OFFICIAL, "Valery Gerasimov");

    @Test
    void aMeetingIsPlainJsonWithIsoDatesAndLowerCaseWords() throws Exception {
        MeetingFact meeting = new MeetingFact(SADIKOV, GERASIMOV, PartialDate.parse("2020-02-06"),
                "Baku", List.of("baku-2020-02-11"), List.of("They met in Baku."));

        assertThat(JsonMappers.results().writeValueAsString(meeting)).isEqualTo("""
                {"official":{"id":"AZE/najmeddin-sadikov","kind":"official","name":"Najmeddin Sadikov"},\
                "counterpart":{"id":"RUS/valery-gerasimov","kind":"official","name":"Valery Gerasimov"},\
                "date":"2020-02-06","place":"Baku",\
                "sources":["baku-2020-02-11"],"evidence":["They met in Baku."]}""");
    }

    @Test
    void unknownValuesAreLeftOutAndEventKindsAreWords() throws Exception {
        TimelineEvent event = new TimelineEvent(null, TimelineEvent.Kind.ROLE_BEGINS, "He became minister.",
                List.of(SADIKOV), null, null, null);

        assertThat(JsonMappers.results().writeValueAsString(event))
                .contains("\"event\":\"role-begins\"").doesNotContain("null").doesNotContain("\"date\"");
    }

    @Test
    @DisplayName("a date known to the month is shown to the month, never as its first day")
    void datesKeepTheirPrecision() throws Exception {
        Counterpart met = new Counterpart(GERASIMOV, 2, PartialDate.parse("2020-07"), PartialDate.parse("2021"),
                List.of(), List.of(), List.of());
        Role role = new Role(SADIKOV, GERASIMOV, List.of(), "Chief", PartialDate.parse("2019-05"), PartialDate.parse("2022-07"),
                List.of(), List.of());

        assertThat(JsonMappers.resultJson(met)).contains("\"first\":\"2020-07\"", "\"last\":\"2021\"").doesNotContain("-01");
        assertThat(JsonMappers.resultJson(role)).contains("\"from\":\"2019-05\"", "\"to\":\"2022-07\"").doesNotContain("-31");
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
        Role undated = new Role(SADIKOV, GERASIMOV, List.of(), "Chief", null, null, null, null);
        Role dated = new Role(SADIKOV, GERASIMOV, List.of(), "Chief", PartialDate.parse("2019-05"), PartialDate.parse("2022-07"),
                null, null);

        assertThat(undated.heldOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(dated.heldOn(LocalDate.of(2022, 7, 31))).isTrue();
        assertThat(dated.heldOn(LocalDate.of(2022, 8, 1))).isFalse();
    }
}
