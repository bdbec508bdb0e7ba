package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.explorer.ActorRef;
import org.diplograph.explorer.Broker;
import org.diplograph.explorer.Chain;
import org.diplograph.explorer.Explorer;
import org.diplograph.explorer.Role;
import org.diplograph.explorer.SideMeeting;
import org.diplograph.json.JsonMappers;
import org.diplograph.model.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** The questions the issue names, asked of the bundled sample corpus. */
@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCorpusIT {

    private Explorer explorer;

    @BeforeAll
    void load(Driver driver) {
        explorer = Fixtures.load(driver, Fixtures.SAMPLE).explorer();
    }

    @Test
    void brokersBetweenRussiaAndNatoNameSadikov() {
        List<Broker> brokers = explorer.brokers("Russia", "NATO");

        assertThat(brokers).extracting(b -> b.broker().id()).containsExactly("AZE/najmeddin-sadikov");
        Broker sadikov = brokers.get(0);
        assertThat(sadikov.metOnSideA()).extracting(ActorRef::id).containsExactly("RUS/valery-gerasimov");
        assertThat(sadikov.metOnSideB()).extracting(ActorRef::id).containsExactly("USA/tod-wolters");
        assertThat(sadikov.meetings()).allSatisfy(m -> assertThat(m.sources()).isNotEmpty());
    }

    @Test
    void meetingsBetweenAzerbaijanAndRussiaHoldTheBakuMeetingWithItsSources() {
        List<SideMeeting> meetings = explorer.meetingsBetween("AZE", "RUS");

        assertThat(meetings).anySatisfy(m -> {
            assertThat(m.meeting().date()).hasToString("2020-02-06");
            assertThat(m.meeting().place()).isEqualTo("Baku");
            assertThat(m.meeting().official().id()).isEqualTo("AZE/najmeddin-sadikov");
            assertThat(m.meeting().counterpart().id()).isEqualTo("RUS/valery-gerasimov");
            assertThat(m.meeting().sources()).contains("baku-2020-02-11", "mod-russia-2020-02-06");
            assertThat(m.meeting().evidence()).hasSize(2);
            assertThat(m.viaB()).containsExactly("RUS/general-staff", "RUS");
        });
    }

    @Test
    void theShortestChainFromGerasimovToWoltersPassesSadikov() {
        Chain chain = explorer.shortestChain("Gerasimov", "Wolters", 4).orElseThrow();

        assertThat(chain.officials()).extracting(ActorRef::id)
                .containsExactly("RUS/valery-gerasimov", "AZE/najmeddin-sadikov", "USA/tod-wolters");
        assertThat(chain.hops()).allSatisfy(hop -> assertThat(hop.meetings()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.sources()).isNotEmpty()));
    }

    @Test
    void woltersRolesDifferInsideAndOutsideHisTimeAsSaceur() {
        List<Role> inside = explorer.rolesOn("Tod Wolters", LocalDate.of(2020, 2, 6));
        List<Role> outside = explorer.rolesOn("Tod Wolters", LocalDate.of(2023, 1, 1));

        assertThat(inside).extracting(Role::title).containsExactlyInAnyOrder("Commander", "Supreme Allied Commander Europe");
        assertThat(outside).extracting(Role::title).containsExactly("Commander");
    }

    @Test
    void resultsSerialiseWithDatesAtTheirPrecision() throws Exception {
        String json = JsonMappers.results().writeValueAsString(explorer.meetingsOf("Sadikhov", Period.always()));

        assertThat(json).contains("\"date\":\"2020-02-06\"", "\"date\":\"2020-07\"", "\"kind\":\"official\"")
                .doesNotContain("2020-07-01");
    }
}
