package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which meetings an article reports and on what day, as a careful reader takes them (issue 17): each meeting is
 * written "participants date rule", the participants sorted, the rule with the date rule when the date is inferred.
 */
class MeetingsAndDatesTests {

    private static final Extractor EXTRACTOR = Extractor.withBuiltInGazetteer();
    private static final String HEADLINE = "Ministers meet\\n\\n";

    @ParameterizedTest(name = "{0}")
    @DisplayName("several counterparts, dates a reader infers, earlier and planned meetings")
    @CsvSource(delimiter = '|', textBlock = """
            met separately: two meetings, of the publication day   | 2024-03-14 | Secretary of State Antony Blinken met separately with Polish Foreign Minister Radoslaw Sikorski and Czech Foreign Minister Petr Novak. | CZE/petr-novak USA/antony-blinken 2024-03-14 meeting:separately;date:publication-day, POL/radoslaw-sikorski USA/antony-blinken 2024-03-14 meeting:separately;date:publication-day
            hosted two: one meeting of three                       | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski hosted Czech Foreign Minister Petr Novak and Slovak Foreign Minister Juraj Blanar in Warsaw on Tuesday. | CZE/petr-novak POL/radoslaw-sikorski SVK/juraj-blanar 2024-03-12 meeting:hosted
            yesterday under another city's dateline                | 2024-03-14 | BRUSSELS, March 14 (Wire) - Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Petr Novak in Warsaw yesterday. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-13 meeting:met-with
            Last Wednesday under a Wednesday dateline: a week back | 2024-03-13 | BRUSSELS, March 13 (Wire) - Last Wednesday Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Petr Novak in Warsaw. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-06 meeting:met-with
            a weekday with its date                                | 2024-11-20 | Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Petr Novak on Monday (18 November) in Warsaw. | CZE/petr-novak POL/radoslaw-sikorski 2024-11-18 meeting:met-with
            an earlier meeting with its own date                   | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Petr Novak in Warsaw on Monday. The two last met in Prague in January 2023. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-11 meeting:met-with, CZE/petr-novak POL/radoslaw-sikorski 2023-01 meeting:met-with
            a count since a month is no meeting of that month      | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Petr Novak in Warsaw on Monday. It was their second meeting since January. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-11 meeting:met-with
            a smaller meeting told as another is its own           | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski hosted Czech Foreign Minister Petr Novak and Slovak Foreign Minister Juraj Blanar in Warsaw on Tuesday. Earlier that day Sikorski met Novak alone. | CZE/petr-novak POL/radoslaw-sikorski SVK/juraj-blanar 2024-03-12 meeting:hosted, CZE/petr-novak POL/radoslaw-sikorski 2024-03-12 meeting:met-with;date:same-day
            a planned meeting is none                              | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski will meet Czech Foreign Minister Petr Novak in Warsaw on Friday. |
            a transcript's speakers of two countries met           | 2024-03-14 | Remarks with Czech Foreign Minister Petr Novak\\n\\nSecretary Blinken and Foreign Minister Novak spoke to the press in Washington.\\n\\nSECRETARY BLINKEN: Good afternoon. It is a pleasure to welcome Foreign Minister Novak to Washington.\\n\\nFOREIGN MINISTER NOVAK: Thank you. Our meeting today covered Ukraine and energy.\\n | CZE/petr-novak USA/blinken 2024-03-14 meeting:their-meeting
            a verb after a comma and and has the sentence subject   | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski travelled to Prague on Monday (11 March), two days after taking office, and held talks with Czech Foreign Minister Petr Novak. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-11 meeting:held-talks
            since DATE, when: a past date even after will           | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski will host Czech Foreign Minister Petr Novak on Friday. It will be their first meeting since January 11, 2023, when Sikorski welcomed Novak and then-Slovak Foreign Minister Juraj Blanar to Warsaw. | CZE/petr-novak POL/radoslaw-sikorski SVK/juraj-blanar 2023-01-11 meeting:welcomed
            a transcript: you is whom the speaker addresses, we the speakers | 2024-03-14 | Remarks with Czech Foreign Minister Petr Novak\\n\\nSecretary Blinken and Foreign Minister Novak spoke to the press in Washington.\\n\\nSECRETARY BLINKEN: Good afternoon. I know you met Secretary of Defense Lloyd Austin this morning.\\n\\nFOREIGN MINISTER NOVAK: Thank you. We met in Prague in May 2023 too.\\n | CZE/petr-novak USA/blinken 2024-03-14 meeting:joint-remarks;date:publication-day, CZE/petr-novak USA/lloyd-austin 2024-03-14 meeting:met-with, CZE/petr-novak USA/blinken 2023-05 meeting:met-with
            a transcript: you received us                         | 2024-03-14 | Remarks with Czech Foreign Minister Petr Novak\\n\\nSecretary Blinken and Foreign Minister Novak spoke to the press in Washington.\\n\\nSECRETARY BLINKEN: Good afternoon.\\n\\nFOREIGN MINISTER NOVAK: Thank you. I remember my visit to Washington in May 2023, when you received us.\\n | CZE/petr-novak USA/blinken 2024-03-14 meeting:joint-remarks;date:publication-day, CZE/petr-novak USA/blinken 2023-05 meeting:received
            delegations named after a bilateral summit meet        | 2024-03-14 | The 12th summit between Japan and the European Union took place in Tokyo on Tuesday. Japan was represented by Prime Minister Fumio Kishida. The European Union was represented by Charles Michel, President of the European Council. | EU/charles-michel JPN/fumio-kishida 2024-03-12 meeting:delegations
            delegations at an alliance summit do not               | 2024-03-14 | The SCO summit was held in Astana on Tuesday. India was represented by External Affairs Minister Subrahmanyam Jaishankar and China by President Xi Jinping. |
            the we of a joint statement is its authors             | 2024-03-14 | We, President Andrzej Duda of Poland, President Petr Pavel of the Czech Republic and President Zuzana Caputova of Slovakia, gathered in Warsaw today. Our meeting builds on the talks we held in Prague in May 2023. | CZE/petr-pavel POL/andrzej-duda SVK/zuzana-caputova 2024-03-14 meeting:gathered, CZE/petr-pavel POL/andrzej-duda SVK/zuzana-caputova 2023-05 meeting:their-meeting
            a participle opening the sentence: those after it met | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski and Czech Foreign Minister Petr Novak spoke. Meeting in Warsaw on Tuesday, Sikorski and Novak failed to agree. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-12 meeting:participle
            a participle after a name: he met its object           | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski, meeting Czech Foreign Minister Petr Novak in Warsaw on Tuesday, said the talks went well. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-12 meeting:met-with
            a later clause's he is the sentence's subject           | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski spoke by telephone with Czech Foreign Minister Petr Novak, their first contact since he met Slovak Foreign Minister Juraj Blanar in May 2023. | POL/radoslaw-sikorski SVK/juraj-blanar 2023-05 meeting:met-with
            preparations for a meeting are none                    | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski and Czech Foreign Minister Petr Novak reviewed preparations for a meeting between their presidents. |
            they after a pair named together is that pair         | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski noted that President Andrzej Duda and President Petr Pavel had agreed on it when they met in Prague in May 2023. | CZE/petr-pavel POL/andrzej-duda 2023-05 meeting:met-with
            a counterpart in apposition is the same man            | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski, Czech Foreign Minister Petr Novak and Slovak Foreign Minister Juraj Blanar spoke. On Tuesday Sikorski held talks in Warsaw with Petr Novak, his Czech counterpart. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-12 meeting:held-talks
            days of one month written month first: the month       | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski held talks with Czech Foreign Minister Petr Novak in Warsaw from April 24 to 26, 2023. | CZE/petr-novak POL/radoslaw-sikorski 2023-04 meeting:held-talks
            a journey made to meet someone is a meeting            | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski flew to Prague in May 2023 to meet Czech Foreign Minister Petr Novak. | CZE/petr-novak POL/radoslaw-sikorski 2023-05 meeting:journey-to-meet
            a journey planned to meet someone is none              | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski will fly to Prague on Friday to meet Czech Foreign Minister Petr Novak. |
            years later: the year after the last meeting           | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Petr Novak in Prague in November 2014. Two years later the two ministers met again in Warsaw. | CZE/petr-novak POL/radoslaw-sikorski 2014-11 meeting:met-with, CZE/petr-novak POL/radoslaw-sikorski 2016 meeting:met-with;date:after-last-meeting
            the talks they held: they held talks                  | 2024-03-14 | Polish President Andrzej Duda and Czech President Petr Pavel signed an accord in Warsaw on Tuesday, building on the talks they held in Prague in May 2023. | CZE/petr-pavel POL/andrzej-duda 2023-05 meeting:held-talks
            the first: an earlier meeting of the same people      | 2024-03-14 | Polish President Andrzej Duda hosted Czech President Petr Pavel for their second informal summit in Warsaw on Tuesday. The first had taken place in Prague in May 2023. | CZE/petr-pavel POL/andrzej-duda 2024-03-12 meeting:hosted, CZE/petr-pavel POL/andrzej-duda 2023-05 meeting:earlier-of-the-same
            their summit: the pair named before                   | 2024-03-14 | Polish President Andrzej Duda and Czech President Petr Pavel met in Warsaw on Tuesday. Their informal summit in Prague in May 2023 had set up the working groups. | CZE/petr-pavel POL/andrzej-duda 2024-03-12 meeting:met-with, CZE/petr-pavel POL/andrzej-duda 2023-05 meeting:their-meeting
            the first with no date says nothing                   | 2024-03-14 | Polish President Andrzej Duda hosted Czech President Petr Pavel for their second informal summit in Warsaw on Tuesday. The first took place in Prague. | CZE/petr-pavel POL/andrzej-duda 2024-03-12 meeting:hosted
            months later: from the date told last                 | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Petr Novak in Warsaw on Monday. Sikorski watched a parade in Prague in May 2018. The two ministers met again two months later in Berlin. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-11 meeting:met-with, CZE/petr-novak POL/radoslaw-sikorski 2018-07 meeting:met-with;date:after-last-meeting
            passive: co-chaired by both                           | 2024-03-14 | The Strategic Dialogue was co-chaired by Polish Foreign Minister Radoslaw Sikorski and Czech Foreign Minister Petr Novak in Warsaw on Tuesday. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-12 meeting:held-by
            passive: held among three                             | 2024-03-14 | The trilateral meeting was held in Warsaw on Tuesday among Polish Foreign Minister Radoslaw Sikorski, Czech Foreign Minister Petr Novak and Slovak Foreign Minister Juraj Blanar. | CZE/petr-novak POL/radoslaw-sikorski SVK/juraj-blanar 2024-03-12 meeting:held-by
            passive: chaired by one, attended by others           | 2024-03-14 | The meeting was chaired by Polish Foreign Minister Radoslaw Sikorski and attended by Czech Foreign Minister Petr Novak on Tuesday. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-12 meeting:held-by
            a participle: co-chaired by both                      | 2024-03-14 | The two sides held the fourth round of consultations in Warsaw on Tuesday, co-chaired by Polish Foreign Minister Radoslaw Sikorski and Czech Foreign Minister Petr Novak. | CZE/petr-novak POL/radoslaw-sikorski 2024-03-12 meeting:held-by
            The Presidents opening a sentence: the two named      | 2024-03-14 | Czech President Petr Pavel paid a state visit to Poland on Tuesday at the invitation of Polish President Andrzej Duda. The Presidents held talks in Warsaw. | CZE/petr-pavel POL/andrzej-duda 2024-03-12 meeting:held-talks;date:story-day
            passive without people is none                        | 2024-03-14 | Polish Foreign Minister Radoslaw Sikorski spoke with Czech Foreign Minister Petr Novak by phone. The talks were held in a cordial atmosphere. |
            a gathering named by its year dates the meeting        | 2024-03-14 | Polish President Andrzej Duda met Czech President Milos Zeman at the 2019 NATO summit in London. | CZE/milos-zeman POL/andrzej-duda 2019 meeting:met-with
            """)
    void meetings(String why, LocalDate published, String article, String expected) {
        String text = article.startsWith("BRUSSELS") || article.startsWith("Remarks") ? article : HEADLINE + article;
        FactSet facts = EXTRACTOR.extract(text.replace("\\n", "\n"), "t", published);
        List<String> found = facts.meetings().stream()
                .map(m -> String.join(" ", m.participants().stream().map(Object::toString).sorted().toList()) + " " + m.on() + " "
                        + m.provenance().rule())
                .toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected == null ? List.of() : List.of(expected.split(", ")));
    }
}
