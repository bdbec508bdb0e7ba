package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.InvalidInputException;
import org.diplograph.NotFoundException;
import org.diplograph.explorer.ActorInfo;
import org.diplograph.explorer.ActorRef;
import org.diplograph.explorer.Broker;
import org.diplograph.explorer.ChainHop;
import org.diplograph.explorer.CommonContact;
import org.diplograph.explorer.Connected;
import org.diplograph.explorer.Counterpart;
import org.diplograph.explorer.Explorer;
import org.diplograph.explorer.Link;
import org.diplograph.explorer.MeetingFact;
import org.diplograph.explorer.Member;
import org.diplograph.explorer.Neighbourhood;
import org.diplograph.explorer.Network;
import org.diplograph.explorer.Partner;
import org.diplograph.explorer.Role;
import org.diplograph.explorer.SideMeeting;
import org.diplograph.explorer.TimelineEvent;
import org.diplograph.explorer.TimelineEvent.Kind;
import org.diplograph.json.JsonMappers;
import org.diplograph.model.ActorKind;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;

/**
 * Every Explorer method on the fixture graph (src/test/resources/fixtures): its normal answer, an
 * empty answer, a period (or date) filter and a name given by alias. The fixture is fictional: 45
 * officials of 10 countries and 2 alliances, a defence minister of Georgia replaced on 2021-03-15,
 * a four-party meeting, an undated meeting, Sergey Volkov also reported as Sergei Volkov
 * (RUS/sergei-volkov), and two Mammadovs.
 */
@ExtendWith(Neo4jExtension.class)
// A server with another version's plugin: the Explorer runs query/brokers, not the stale procedure (no rows).
@Neo4jExtension.Procedures(StaleBrokersProcedure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerIT {

    private static final LocalDate JAN_2021 = LocalDate.of(2021, 1, 1);
    private static final Period IN_2021 = Period.between(JAN_2021, LocalDate.of(2021, 12, 31));

    private Diplograph graph;
    private Explorer explorer;

    @BeforeAll
    void load(Driver driver, Neo4j neo4j) {
        Fixtures.load(driver, Fixtures.FIXTURE);
        graph = open(driver, neo4j);
        explorer = graph.explorer();
    }

    /** The graph whose Explorer and exports the tests ask: through the driver here, in process in {@link InProcessExplorerIT}. */
    Diplograph open(Driver driver, Neo4j neo4j) {
        return Diplograph.using(driver);
    }

    private static List<String> ids(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::id).toList();
    }

    @Nested
    class Names {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(textBlock = """
                RUS/sergey-volkov,   RUS/sergey-volkov
                RUS/sergei-volkov,   RUS/sergey-volkov
                Sergei Volkov,       RUS/sergey-volkov
                general volkov,      RUS/sergey-volkov
                Kemal Yildiz,        TUR/kemal-yildiz
                YILDIZ,              TUR/kemal-yildiz
                Ilkin Məmmədov,      AZE/ilkin-mammadov
                the Alliance,        NATO
                Türkiye,             TUR
                """)
        void anActorIsFoundByIdMergedIdOrAnySpelling(String name, String id) {
            assertThat(explorer.actor(name).id()).isEqualTo(id);
        }

        @Test
        void anActorCarriesItsMerges() {
            ActorInfo volkov = explorer.actor("Volkov");

            assertThat(volkov.mergedIds()).containsExactly("RUS/sergei-volkov");
            assertThat(volkov.merges()).singleElement().asString().contains("fx-second-report");
            assertThat(volkov.aliases()).contains("Sergey Volkov", "Sergei Volkov");
            assertThat(volkov.sources()).contains("fx-registry", "fx-second-report");
        }

        @Test
        void anUnknownNameListsCloseMatches() {
            assertThatThrownBy(() -> explorer.actor("Volkof"))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.candidates())
                            .contains("RUS/sergey-volkov (Sergey Volkov)"))
                    .hasMessageContaining("Close matches");
        }

        @Test
        void anAmbiguousNameListsTheCandidates() {
            assertThatThrownBy(() -> explorer.meetingsOf("Mammadov", Period.always()))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.candidates())
                            .containsExactly("AZE/ilkin-mammadov (Ilkin Mammadov)", "AZE/rashad-mammadov (Rashad Mammadov)"))
                    .hasMessageContaining("Ask again by id");
        }

        @Test
        void findActorIsEmptyForAnUnknownName() {
            assertThat(explorer.findActor("Nobody Whatsoever")).isEmpty();
            assertThat(explorer.findActor("Bob Hale")).map(ActorInfo::id).contains("USA/robert-hale");
        }

        @Test
        void aNameOfTheWrongKindIsInvalidInput() {
            assertThatThrownBy(() -> explorer.meetingsOf("Georgia", Period.always()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("GEO, a country, but the question needs an official");
        }

        @Test
        void searchFindsPartsOfSpellingsAndIdPrefixes() {
            assertThat(explorer.search("volk")).extracting(ActorInfo::id).containsExactly("RUS/sergey-volkov");
            assertThat(explorer.search("Məmmədov")).extracting(ActorInfo::id)
                    .containsExactlyInAnyOrder("AZE/ilkin-mammadov", "AZE/rashad-mammadov");
            assertThat(explorer.search("GEO/")).extracting(ActorInfo::id).contains("GEO/levan-kiknadze", "GEO/ministry-of-defence");
            assertThat(explorer.search("zzzq")).isEmpty();
            assertThat(explorer.search("  ")).isEmpty();
        }
    }

    @Nested
    class MeetingsOf {

        @Test
        void listsDatedMeetingsWithSourcesAndEvidence() {
            List<MeetingFact> meetings = explorer.meetingsOf("RUS/sergey-volkov");

            assertThat(meetings).extracting(m -> m.counterpart().id())
                    .containsExactly("AZE/elchin-guliyev", "KAZ/nurlan-zhaksybekov");
            assertThat(meetings.get(0).sources()).containsExactlyInAnyOrder("fx-registry", "fx-second-report");
            assertThat(meetings.get(0).evidence()).hasSize(2);
            assertThat(meetings.get(0).date()).hasToString("2020-02-06");
        }

        @Test
        void includesUndatedMeetingsOnlyWhenAsked() {
            List<MeetingFact> meetings = explorer.meetingsOf("General Volkov", Period.always().withUndated());

            assertThat(meetings).hasSize(3).last().satisfies(m -> {
                assertThat(m.counterpart().id()).isEqualTo("KAZ/yerlan-sadykov");
                assertThat(m.date()).isNull();
            });
        }

        @Test
        void filtersByPeriodCountingAMonthAsItsWholeRange() {
            assertThat(explorer.meetingsOf("Volkov", Period.between(LocalDate.of(2020, 6, 1), null)))
                    .extracting(m -> m.counterpart().id()).containsExactly("KAZ/nurlan-zhaksybekov");
            LocalDate midMarch = LocalDate.of(2020, 3, 15);
            assertThat(explorer.meetingsOf("Kemal Yıldız", Period.between(midMarch, midMarch)))
                    .singleElement().satisfies(m -> {
                        assertThat(m.date()).hasToString("2020-03");
                        assertThat(m.date().precision()).isEqualTo(DatePrecision.MONTH);
                    });
        }

        @Test
        void isEmptyForSomeoneWhoMetNobody() {
            assertThat(explorer.meetingsOf("Oleg Petrov")).isEmpty();
        }
    }

    @Nested
    class MeetingsBetween {

        @Test
        void countsOfficialsThroughTheirMinistriesWhileTheirRolesLast() {
            List<SideMeeting> meetings = explorer.meetingsBetween("GEO", "NATO");

            assertThat(meetings).extracting(m -> m.meeting().official().id() + "-" + m.meeting().counterpart().id())
                    .containsExactly("GEO/giorgi-lomidze-NATO/anna-berg", "GEO/levan-kiknadze-USA/james-porter",
                            "GEO/irakli-beridze-USA/james-porter");
            assertThat(meetings.get(1).viaA()).containsExactly("GEO/ministry-of-defence", "GEO");
            assertThat(meetings.get(1).viaB()).containsExactly("NATO/shape", "NATO");
        }

        @Test
        void aMinisterReplacedMidPeriodCountsOnlyWhileInOffice() {
            assertThat(explorer.meetingsBetween("GEO/ministry-of-defence", "James Porter"))
                    .extracting(m -> m.meeting().official().id())
                    .containsExactly("GEO/levan-kiknadze", "GEO/irakli-beridze");
            // Kiknadze met Dubois after leaving office: not Georgia's meeting, but still his
            assertThat(explorer.meetingsBetween("Georgia", "France")).isEmpty();
            assertThat(explorer.meetingsBetween("Levan Kiknadze", "France")).hasSize(1);
        }

        @Test
        void membershipIsFollowedOnlyWhenAsked() {
            assertThat(explorer.meetingsBetween("Georgia", "the Alliance", Period.always(), true))
                    .extracting(m -> m.meeting().counterpart().id())
                    .containsExactly("NATO/anna-berg", "USA/james-porter", "USA/james-porter", "TUR/ayse-demir");
        }

        @Test
        void filtersByPeriod() {
            assertThat(explorer.meetingsBetween("GEO", "NATO", IN_2021)).hasSize(2);
        }

        @Test
        void aMultiPartyMeetingGivesEachPair() {
            assertThat(explorer.meetingsBetween("AZE", "ARM")).singleElement().satisfies(m -> {
                assertThat(m.meeting().official().id()).isEqualTo("AZE/rashad-mammadov");
                assertThat(m.meeting().counterpart().id()).isEqualTo("ARM/ani-harutyunyan");
                assertThat(m.meeting().place()).isEqualTo("Tbilisi");
            });
        }

        @Test
        void undatedMeetingsCountThroughUndatedRolesWhenAsked() {
            assertThat(explorer.meetingsBetween("Russian Federation", "KAZ")).hasSize(1);
            assertThat(explorer.meetingsBetween("Russian Federation", "KAZ", Period.always().withUndated())).hasSize(2);
        }

        @Test
        void aMeetingOfTwoOfficialsOnBothSidesIsListedOnceWithTheSmallerIdAsA() {
            // with membership, every NATO-side official is on both sides: each meeting among them could be
            // listed as a-b and as b-a
            List<SideMeeting> meetings = explorer.meetingsBetween("NATO", "NATO", Period.always(), true);

            assertThat(meetings).isNotEmpty();
            assertThat(meetings).extracting(m -> List.of(m.meeting().official().id(), m.meeting().counterpart().id()).stream()
                            .sorted().toList() + "@" + m.meeting().date())
                    .doesNotHaveDuplicates();
            assertThat(meetings).allSatisfy(m -> assertThat(m.meeting().official().id())
                    .isLessThan(m.meeting().counterpart().id()));
        }

        @Test
        void isEmptyBetweenSidesThatNeverMet() {
            assertThat(explorer.meetingsBetween("BLR", "NATO", Period.always(), true)).isEmpty();
        }
    }

    @Nested
    class Counterparts {

        @Test
        void rankDistinctPeopleMet() {
            List<Counterpart> counterparts = explorer.counterparts("USA/james-porter");

            assertThat(counterparts).extracting(c -> c.counterpart().id()).containsExactlyInAnyOrder(
                    "AZE/elchin-guliyev", "USA/robert-hale", "GEO/levan-kiknadze", "DEU/katrin-weber", "GEO/irakli-beridze");
            assertThat(counterparts).allSatisfy(c -> {
                assertThat(c.meetings()).isEqualTo(1);
                assertThat(c.sources()).containsExactly("fx-registry");
                assertThat(c.evidence()).hasSize(1);
            });
        }

        @Test
        void filterByPeriodAndAcceptAnAlias() {
            assertThat(explorer.counterparts("General J. Porter", Period.between(JAN_2021, null)))
                    .extracting(c -> c.counterpart().id())
                    .containsExactlyInAnyOrder("GEO/levan-kiknadze", "DEU/katrin-weber", "GEO/irakli-beridze");
        }

        @Test
        void includeEveryoneOfAMultiPartyMeeting() {
            assertThat(explorer.counterparts("Nino Tsereteli")).hasSize(3)
                    .allSatisfy(c -> assertThat(c.first()).hasToString("2021-09-20"));
        }

        @Test
        void areEmptyForSomeoneWhoMetNobody() {
            assertThat(explorer.counterparts("Tamar Gelashvili")).isEmpty();
        }
    }

    @Nested
    class CommonContacts {

        @Test
        void findTheOfficialBothMet() {
            List<CommonContact> contacts = explorer.commonContacts("RUS/sergei-volkov", "General J. Porter");

            assertThat(contacts).singleElement().satisfies(c -> {
                assertThat(c.contact().id()).isEqualTo("AZE/elchin-guliyev");
                assertThat(c.withA()).singleElement().satisfies(m -> assertThat(m.counterpart().id()).isEqualTo("RUS/sergey-volkov"));
                assertThat(c.withB()).singleElement().satisfies(m -> assertThat(m.sources()).containsExactly("fx-registry"));
            });
        }

        @Test
        void comeFromAMultiPartyMeeting() {
            assertThat(explorer.commonContacts("Ayşe Demir", "Nino Tsereteli")).extracting(c -> c.contact().id())
                    .containsExactlyInAnyOrder("AZE/rashad-mammadov", "ARM/ani-harutyunyan");
        }

        @Test
        void filterByPeriod() {
            assertThat(explorer.commonContacts("Volkov", "Porter", IN_2021)).isEmpty();
        }

        @Test
        void areEmptyWhenThereAreNone() {
            assertThat(explorer.commonContacts("Oleg Petrov", "Volkov")).isEmpty();
        }
    }

    @Nested
    class ShortestChain {

        @Test
        void goesThroughTheBrokerWithTheMeetingsOfEachHop() {
            List<ChainHop> hops = explorer.shortestChain("Volkov", "James Porter", 3).orElseThrow().hops();

            assertThat(hops).extracting(h -> h.from().id() + ">" + h.to().id())
                    .containsExactly("RUS/sergey-volkov>AZE/elchin-guliyev", "AZE/elchin-guliyev>USA/james-porter");
            assertThat(hops.get(0).meetings()).singleElement()
                    .satisfies(m -> assertThat(m.sources()).containsExactlyInAnyOrder("fx-registry", "fx-second-report"));
        }

        @Test
        void respectsMaxHops() {
            assertThat(explorer.shortestChain("Sergei Volkov", "Claire Dubois", 4)).hasValueSatisfying(
                    chain -> assertThat(chain.hops()).hasSize(4));
            assertThat(explorer.shortestChain("Sergei Volkov", "Claire Dubois", 3)).isEmpty();
        }

        @Test
        void usesOnlyMeetingsInThePeriod() {
            assertThat(explorer.shortestChain("Volkov", "Porter", 6, IN_2021)).isEmpty();
            assertThat(explorer.shortestChain("Volkov", "Porter", 6, Period.between(null, LocalDate.of(2020, 12, 31))))
                    .isPresent();
        }

        @Test
        void isEmptyWhenNoChainExists() {
            assertThat(explorer.shortestChain("Volkov", "Oleg Petrov")).isEmpty();
        }

        @Test
        void refusesAnUnboundedSearch() {
            assertThatThrownBy(() -> explorer.shortestChain("Volkov", "Porter", 11)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> explorer.shortestChain("Volkov", "Porter", 0)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class Roles {

        @Test
        void representativesFollowTheMinisterWhoHeldOfficeThatDay() {
            assertThat(explorer.representatives("GEO/ministry-of-defence", LocalDate.of(2021, 2, 1)))
                    .extracting(r -> r.holder().id()).containsExactly("GEO/levan-kiknadze");
            assertThat(explorer.representatives("GEO/ministry-of-defence", LocalDate.of(2021, 4, 1)))
                    .extracting(r -> r.holder().id()).containsExactly("GEO/irakli-beridze");
            assertThat(explorer.representatives("GEO/ministry-of-defence")).hasSize(2);
            assertThat(explorer.representatives("GEO/ministry-of-defence", LocalDate.of(2010, 1, 1))).isEmpty();
        }

        @Test
        void representativesOfACountryIncludeItsMinistries() {
            List<Role> roles = explorer.representatives("Georgia", LocalDate.of(2021, 4, 1));

            assertThat(roles).extracting(r -> r.holder().id()).containsExactlyInAnyOrder(
                    "GEO/irakli-beridze", "GEO/nino-tsereteli", "GEO/giorgi-lomidze");
            assertThat(roles).allSatisfy(r -> assertThat(ids(r.onBehalfOf())).containsExactly("GEO"));
        }

        @Test
        void rolesOfListEveryRoleWithItsEvidence() {
            List<Role> roles = explorer.rolesOf("USA/james-porter");

            assertThat(roles).extracting(Role::title).containsExactly("Supreme Allied Commander Europe", "Commander");
            assertThat(roles.get(0).from()).hasToString("2019-05");
            assertThat(roles.get(0).to()).as("known to the month: shown to the month").hasToString("2022-07");
            assertThat(roles.get(0).to().last()).isEqualTo(LocalDate.of(2022, 7, 31));
            assertThat(ids(roles.get(0).onBehalfOf())).containsExactly("NATO");
            assertThat(roles).allSatisfy(r -> assertThat(r.evidence()).isNotEmpty());
            assertThat(explorer.rolesOf("Bob Hale")).singleElement().extracting(Role::title).isEqualTo("Secretary of Defense");
            assertThat(explorer.rolesOf("Tamar Gelashvili")).isEmpty();
        }

        @ParameterizedTest(name = "{0} on {1}: {2}")
        @CsvSource(textBlock = """
                James Porter,   2020-02-06, 'Supreme Allied Commander Europe,Commander'
                James Porter,   2023-01-01, Commander
                Andrey Sokolov, 2021-05-31, Minister of Defence
                Andrey Sokolov, 2021-06-01, ''
                Bob Hale,       2022-01-01, ''
                """)
        void rolesOnADay(String official, LocalDate day, String titles) {
            List<String> expected = titles == null || titles.isEmpty() ? List.of() : List.of(titles.split(","));
            assertThat(explorer.rolesOn(official, day)).extracting(Role::title).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Nested
    class PartnersAndMembers {

        @Test
        void partnersOfACountryOrAlliance() {
            List<Partner> partners = explorer.partnersOf("GEO");
            assertThat(partners).singleElement().satisfies(p -> {
                assertThat(p.partner().id()).isEqualTo("NATO");
                assertThat(p.kind()).isEqualTo("partner");
                assertThat(p.since()).hasToString("1994");
                assertThat(p.since().precision()).isEqualTo(DatePrecision.YEAR);
                assertThat(p.evidence()).isNotEmpty();
            });
            assertThat(explorer.partnersOf("the Alliance")).extracting(p -> p.partner().id()).containsExactly("GEO");
            assertThat(explorer.partnersOf("Türkiye")).extracting(p -> p.partner().id()).containsExactly("AZE");
            assertThat(explorer.partnersOf("KAZ")).isEmpty();
        }

        @Test
        void membersOfAnAllianceOnADay() {
            assertThat(explorer.membersOf("NATO")).extracting(m -> m.member().id())
                    .containsExactly("FRA", "USA", "TUR", "DEU");
            assertThat(explorer.membersOf("North Atlantic Treaty Organization", LocalDate.of(1950, 1, 1)))
                    .extracting(m -> m.member().id()).containsExactly("FRA", "USA");
            assertThat(explorer.membersOf("ODKB", LocalDate.of(1980, 1, 1))).isEmpty();
        }

        @Test
        void theAlliancesOfACountry() {
            List<Member> memberships = explorer.membersOf("Turkey");
            assertThat(memberships).singleElement().satisfies(m -> {
                assertThat(m.alliance().id()).isEqualTo("NATO");
                assertThat(m.since()).hasToString("1952-02-18");
                assertThat(m.sources()).containsExactly("fx-registry");
            });
        }
    }

    @Nested
    class Brokers {

        @Test
        void anOfficialWhoMetBothSidesIsABroker() {
            List<Broker> brokers = explorer.brokers("RUS", "NATO");

            assertThat(brokers).singleElement().satisfies(b -> {
                assertThat(b.broker().id()).isEqualTo("AZE/elchin-guliyev");
                assertThat(ids(b.metOnSideA())).containsExactly("RUS/sergey-volkov");
                assertThat(ids(b.metOnSideB())).containsExactly("USA/james-porter");
                assertThat(b.meetingsWithA()).isEqualTo(1);
                assertThat(b.meetingsWithB()).isEqualTo(1);
                assertThat(b.meetings()).allSatisfy(m -> assertThat(m.evidence()).isNotEmpty());
            });
        }

        @Test
        void membershipWidensAnAlliancesSide() {
            assertThat(explorer.brokers("Russian Federation", "the Alliance", Period.always(), true))
                    .extracting(b -> b.broker().id())
                    .containsExactlyInAnyOrder("AZE/elchin-guliyev", "ARM/armen-petrosyan");
        }

        @Test
        void filterByPeriod() {
            assertThat(explorer.brokers("RUS", "NATO", IN_2021, true)).isEmpty();
            assertThat(explorer.brokers("RUS", "NATO", Period.between(LocalDate.of(2020, 2, 6), LocalDate.of(2020, 2, 6)), false))
                    .hasSize(1);
        }

        @Test
        void areEmptyWhenNobodyMetBothSides() {
            assertThat(explorer.brokers("BLR", "NATO")).isEmpty();
        }

        @Test
        void needTwoDifferentSides() {
            // By id and by a spelling: the same country twice is refused, not answered with its counterparts.
            assertThatThrownBy(() -> explorer.brokers("RUS", "Russian Federation"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("two different sides").hasMessageContaining("RUS");
        }
    }

    @Nested
    class Timeline {

        @Test
        void anOfficialsMeetingsAndRoleChangesInOrder() {
            List<TimelineEvent> events = explorer.timeline("Levan Kiknadze");

            assertThat(events).extracting(TimelineEvent::event)
                    .containsExactly(Kind.ROLE_BEGINS, Kind.MEETING, Kind.ROLE_ENDS, Kind.MEETING);
            assertThat(events.get(2).date()).hasToString("2021-03-14");
            assertThat(events.get(3).summary()).isEqualTo("Levan Kiknadze met Claire Dubois in Paris.");
        }

        @Test
        void aCountrysYearSeenThroughItsOfficials() {
            List<TimelineEvent> events = explorer.timeline("Georgia", IN_2021);

            assertThat(events).extracting(e -> e.event() + " " + e.date()).containsExactly(
                    "MEETING 2021-01-10", "ROLE_ENDS 2021-03-14", "ROLE_BEGINS 2021-03-15", "MEETING 2021-06-01",
                    "MEETING 2021-09-20", "MEETING 2021-09-20", "MEETING 2021-09-20");
            assertThat(events).allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
        }

        @Test
        void isEmptyForAnOfficialWithoutDatedFacts() {
            assertThat(explorer.timeline("Oleg Petrov")).isEmpty();
        }
    }

    @Nested
    class MostConnected {

        @Test
        void ranksOfficialsByDistinctCounterparts() {
            List<Connected> top = explorer.mostConnected(ActorKind.OFFICIAL, Period.always(), 3);

            assertThat(top).hasSize(3).first().satisfies(c -> {
                assertThat(c.actor().id()).isEqualTo("USA/james-porter");
                assertThat(c.counterparts()).isEqualTo(5);
            });
        }

        @Test
        void filtersByPeriod() {
            assertThat(explorer.mostConnected(ActorKind.OFFICIAL, IN_2021, 1)).singleElement()
                    .satisfies(c -> {
                        assertThat(c.actor().id()).isEqualTo("TUR/ayse-demir");
                        assertThat(c.counterparts()).isEqualTo(4);
                    });
            assertThat(explorer.mostConnected(ActorKind.OFFICIAL, Period.between(LocalDate.of(1990, 1, 1),
                    LocalDate.of(1990, 12, 31)), 5)).isEmpty();
        }

        @Test
        void ranksCountriesByOutsideOfficialsTheirPeopleMet() {
            assertThat(explorer.mostConnected(ActorKind.COUNTRY, Period.always(), 1)).singleElement()
                    .satisfies(c -> {
                        assertThat(c.actor().id()).isEqualTo("USA");
                        assertThat(c.counterparts()).isEqualTo(8);
                    });
        }
    }

    @Nested
    class Neighbourhoods {

        @Test
        void oneHopAroundAnOfficial() {
            Neighbourhood n = explorer.neighbourhood("Elchin Kuliyev", 1, Period.always());

            assertThat(ids(n.actors())).first().isEqualTo("AZE/elchin-guliyev");
            assertThat(ids(n.actors())).containsExactlyInAnyOrder("AZE/elchin-guliyev", "RUS/sergey-volkov",
                    "USA/james-porter", "TUR/murat-kaya", "AZE/general-staff");
            assertThat(n.links()).extracting(Link::type).containsOnly("MET_WITH", "REPRESENTS").hasSize(4);
            assertThat(n.links()).filteredOn(l -> l.type().equals("MET_WITH")).extracting(Link::label)
                    .contains("2020-02-06 Baku");
        }

        @Test
        void meetingsOutsideThePeriodAreNoEdges() {
            assertThat(ids(explorer.neighbourhood("AZE/elchin-guliyev", 1, IN_2021).actors()))
                    .containsExactlyInAnyOrder("AZE/elchin-guliyev", "TUR/murat-kaya", "AZE/general-staff");
        }

        @Test
        void theCapKeepsTheNearestAndSaysWhatItLeftOut() {
            Neighbourhood all = explorer.neighbourhood("AZE/elchin-guliyev", 1, Period.always(), 5);
            assertThat(all.complete()).isTrue();
            assertThat(all.actors()).hasSize(5);

            // four actors one edge away, one edge each: ranked by id after the centre
            Neighbourhood capped = explorer.neighbourhood("AZE/elchin-guliyev", 1, Period.always(), 3);
            assertThat(capped.complete()).isFalse();
            assertThat(ids(capped.actors())).containsExactly("AZE/elchin-guliyev", "AZE/general-staff", "RUS/sergey-volkov");
            assertThat(capped.links()).allSatisfy(l -> assertThat(List.of(l.from(), l.to()))
                    .allMatch(id -> ids(capped.actors()).contains(id)));
            assertThat(capped.links()).hasSize(2);

            // the whole first ring is kept before any of the second
            Neighbourhood two = explorer.neighbourhood("AZE/elchin-guliyev", 2, Period.always(), 6);
            assertThat(two.complete()).isFalse();
            assertThat(ids(two.actors()).subList(0, 5)).containsExactlyInAnyOrderElementsOf(ids(all.actors()));

            assertThatThrownBy(() -> explorer.neighbourhood("AZE/elchin-guliyev", 1, Period.always(), 0))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxActors");
        }

        @Test
        void anActorWithoutEdgesIsAloneAndHopsAreBounded() {
            Neighbourhood n = explorer.neighbourhood("Tamar Gelashvili", 2, Period.always());
            assertThat(ids(n.actors())).containsExactly("GEO/tamar-gelashvili");
            assertThat(n.links()).isEmpty();
            assertThatThrownBy(() -> explorer.neighbourhood("Volkov", 4, Period.always()))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    /** {@link NetworkReader#around}: the exports' part of the graph around one actor. */
    @Nested
    class Around {

        @ParameterizedTest(name = "{0}, {1} hops")
        @CsvSource(textBlock = """
                AZE/elchin-guliyev, 1
                AZE/elchin-guliyev, 2
                AZE/elchin-guliyev, 6
                RUS/sergey-volkov,  3
                GEO,                1
                """)
        void isTheWholeNetworkCutToTheOfficialsWithinSomeMeetingsAndTheirBodies(String centre, int hops) {
            for (Period period : List.of(Period.always(), IN_2021)) {
                Network whole = graph.network().whole(period);
                Network around = graph.network().around(centre, hops, period);

                // breadth-first over the whole network's meetings, then the bodies those officials represent
                Set<String> met = new HashSet<>(Set.of(centre));
                Set<String> ring = Set.of(centre);
                for (int hop = 0; hop < hops; hop++) {
                    Set<String> next = new HashSet<>();
                    for (Network.Edge e : whole.edges()) {
                        if (e.type().equals("MET_WITH") && (ring.contains(e.from()) || ring.contains(e.to()))) {
                            next.add(ring.contains(e.from()) ? e.to() : e.from());
                            next.add(ring.contains(e.to()) ? e.from() : e.to());
                        }
                    }
                    next.removeAll(met);
                    met.addAll(next);
                    ring = next;
                }
                Set<String> expected = new HashSet<>(met);
                for (int level = 0; level < 2; level++) {
                    Set<String> bodies = new HashSet<>();
                    for (Network.Edge e : whole.edges()) {
                        if (e.type().equals("REPRESENTS") && expected.contains(e.from())
                                && (level == 0 ? met.contains(e.from()) : !met.contains(e.from()))) {
                            bodies.add(e.to());
                        }
                    }
                    expected.addAll(bodies);
                }

                assertThat(around.nodes()).extracting(Network.Node::id).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(around.edges()).containsExactlyInAnyOrderElementsOf(whole.edges().stream()
                        .filter(e -> expected.contains(e.from()) && expected.contains(e.to())).toList());
            }
        }

        @Test
        void anUnknownCentreIsNotFound() {
            assertThatThrownBy(() -> graph.network().around("XYZ/nobody", 1, Period.always()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class AnalystsCypher {

        @Test
        void takesParameters() {
            var rows = explorer.cypher("MATCH (a:Actor {id: $id}) RETURN a.name AS name", Map.of("id", "NATO"));
            assertThat(rows.rows()).containsExactly(Map.of("name", "North Atlantic Treaty Organization"));
        }

        @Test
        void refusesWritesAndWritingProcedures() {
            assertThatThrownBy(() -> explorer.cypher("CREATE (n:Actor {id: 'X'}) RETURN n", Map.of()))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> explorer.cypher("CALL db.createLabel('Spy')", Map.of()))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void resultsSerialiseToCleanJson() throws Exception {
        String json = JsonMappers.results().writeValueAsString(explorer.timeline("Levan Kiknadze"));

        assertThat(json).contains("\"event\":\"role-begins\"", "\"date\":\"2019-09-09\"", "\"kind\":\"official\"")
                .doesNotContain("null");
    }
}
