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
    private static final LocalDate MEMBERSHIPS_DAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "{0}")
    @DisplayName("members: said of the countries before, listed after, listed as what the bloc is made of, or of the bloc named again; never of aspirants, guests or partners")
    @CsvSource(delimiter = '|', textBlock = """
            Poland's membership in NATO has shaped its army.                                              | POL NATO
            Russia and Armenia are allies and fellow members of the Collective Security Treaty Organisation. | ARM CSTO, RUS CSTO
            Norway was a member of NATO and the EU's single market partner.                              | NOR NATO
            Poland, like all NATO members, spends more than 2% of GDP on defence. Spain, like every EU member, voted. | POL NATO, ESP EU
            Greece was a member of NATO and the EU long before the crisis.                               | GRC NATO, GRC EU
            The CSTO's six members — Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan — met. | RUS CSTO, BLR CSTO, ARM CSTO, KAZ CSTO, KGZ CSTO, TJK CSTO
            The CSTO met. The envoy briefed Russia, Belarus and Armenia, the other members of the bloc.   | RUS CSTO, BLR CSTO, ARM CSTO
            Kazakhstan, a member of the Russian-led CSTO, asked for help.                                 | KAZ CSTO
            Sweden joined NATO in March.                                                                  | SWE NATO
            The Prime Ministers of Denmark, Finland and Sweden, whose countries are Member States of the European Union, spoke. | DNK EU, FIN EU, SWE EU
            Turkey, for its part, remains anchored in NATO, of which it has been a member since 1952.     | TUR NATO
            Italy is one of the UK's closest NATO Allies.                                                 | GBR NATO, ITA NATO
            Egypt and Ethiopia entered BRICS together in January 2024. Iran joined the BRICS group of emerging economies. | EGY BRICS, ETH BRICS, IRN BRICS
            The Secretary underscored the importance of Turkey's role as a NATO Ally.                     | TUR NATO
            Iran and Venezuela are both members of OPEC, and the DRC is a member of the Southern African Development Community. | IRN OPEC, VEN OPEC, COD SADC
            Serbia joined NATO's Partnership for Peace programme in 2006.                                 |
            They discussed cooperation between NATO and the European Union, of which Finland and Sweden are both members. | FIN EU, SWE EU
            Since 2014 they have been among NATO's Enhanced Opportunities Partners, a group that also includes Australia and Jordan. |
            He made trips to fellow ASEAN members Indonesia and Singapore. Brazil belongs to BRICS, along with Russia and India. Ukraine wants to become a NATO member. | IDN ASEAN, SGP ASEAN, BRA BRICS, RUS BRICS, IND BRICS
            Hungary joined NATO on 12 March 1999, together with the Czech Republic and Poland. Slovakia, along with Slovenia, joined the EU in 2004. | HUN NATO, CZE NATO, POL NATO, SVK EU, SVN EU
            Egypt, Ethiopia, Iran and the United Arab Emirates joined BRICS in January. Finland formally joined NATO in April. | EGY BRICS, ETH BRICS, IRN BRICS, ARE BRICS, FIN NATO
            Several NATO allies, among them Norway and Denmark, agreed. Hungary and Slovakia are among the EU's 27 members. | NOR NATO, DNK NATO, HUN EU, SVK EU
            Finland became one of the 31 members of NATO in April.                                        | FIN NATO
            As a member of the EU and NATO, Poland must act. As a member of NATO, the United States must defend Estonia. | POL EU, POL NATO, USA NATO
            The SCO, which now groups China, Russia and Kazakhstan, met in Astana.                        | CHN SCO, RUS SCO, KAZ SCO
            The CSTO met. The bloc, which brings together Russia and Armenia, sent troops.                | RUS CSTO, ARM CSTO
            Leaders of the summit comprising Brazil and India met the SCO.                                |
            The CSTO now has six members: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan. | RUS CSTO, BLR CSTO, ARM CSTO, KAZ CSTO, KGZ CSTO, TJK CSTO
            BRICS met at the United Nations. The group now has six members: the four founders - Brazil, Russia, India and China - and Egypt and the United Arab Emirates. | BRA BRICS, RUS BRICS, IND BRICS, CHN BRICS, EGY BRICS, ARE BRICS
            Poland, a member of both the EU and NATO, hosted the talks.                                   | POL EU, POL NATO
            Kazakhstan is a member of the CSTO and of the Eurasian Economic Union.                        | KAZ CSTO, KAZ EAEU
            Greece, unlike Turkey, is a member of the EU.                                                 | GRC EU
            Poland and Lithuania belong to NATO.                                                          | POL NATO, LTU NATO
            Poland and Lithuania are close NATO Allies.                                                   | POL NATO, LTU NATO
            ASEAN leaders met. Laos, a member since 1997, and Brunei, which joined in 1984, took part.    | LAO ASEAN, BRN ASEAN
            BRICS leaders met. South Africa, admitted at the end of 2010, hosted them.                    | ZAF BRICS
            NATO leaders met. Sweden, the newest of the 32 members, spends more.                          | SWE NATO
            Norway, the only Nordic member of NATO at its founding, hosted the talks.                     | NOR NATO
            NATO leaders met. Ukraine, which joined the talks in 2023, was invited.                       |
            NATO leaders met. The United States and Japan have been allies since 1951.                   |
            The SCO, of which China is a founding member, met in Astana.                                  | CHN SCO
            Georgia hopes to become a full member of NATO.                                                |
            Stoltenberg said he looked forward to welcoming Finland as a full member of NATO.            |
            Moldova began the procedure for becoming a member of the EU.                                  |
            Leaders voiced support for Ukraine's membership in NATO.                                      |
            Serbia, which is not a member of NATO, sent an observer.                                      |
            NATO met in Madrid. Spain, which joined the alliance in 1982, hosted the summit.              | ESP NATO
            The BRICS group of Brazil, Russia, India, China and South Africa met in Johannesburg.         | BRA BRICS, RUS BRICS, IND BRICS, CHN BRICS, ZAF BRICS
            Egypt, which joined BRICS this year, sent its foreign minister.                               | EGY BRICS
            The president joined NATO leaders for dinner.                                                 |
            Hungary, an EU and NATO member, blocked the statement.                                        | HUN EU, HUN NATO
            Russia and NATO member Turkey signed a gas deal.                                              | TUR NATO
            Egypt and Ethiopia were admitted to BRICS in January; Bosnia hopes to be admitted to the EU.  | EGY BRICS, ETH BRICS
            India and China, both founding members of BRICS, sit in a bloc that admitted Iran in January. | IND BRICS, CHN BRICS, IRN BRICS
            Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens. Both countries belong to NATO. | GRC NATO, TUR NATO
            Russia and China welcome the forthcoming admission of Belarus as a full member of the SCO.       |
            Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens. As members of NATO, the two countries will work together. | GRC NATO, TUR NATO
            Vietnam is a partner of the Association of Southeast Asian Nations (ASEAN), of which Indonesia is a founding member. | IDN ASEAN
            Both men were in Moscow for a gathering of the Shanghai Cooperation Organisation (SCO), a regional bloc whose members are China, India and Russia. | CHN SCO, IND SCO, RUS SCO
            The SCO was established in 2001. Its members are India, Kazakhstan and China. Afghanistan and Mongolia are observers. | IND SCO, KAZ SCO, CHN SCO
            Xi met President of Uzbekistan Ali Karimov and President of Kyrgyzstan Adil Bekov, whose countries are both SCO member states. Greece, Portugal and other NATO members sent ships; Spain, like other EU members, paid. Japan and other countries watched. | UZB SCO, KGZ SCO, GRC NATO, PRT NATO, ESP EU
            Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens. They work together in NATO and in the OSCE, of which both our countries are members. Later that day Mitsotakis received Cypriot President Nikos Christodoulides. | GRC NATO, TUR NATO, GRC OSCE, TUR OSCE
            Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens. We work closely in the OSCE and in NATO, where both our countries are members. | GRC NATO, TUR NATO, GRC OSCE, TUR OSCE
            NATO leaders met in Wales. The eastern allies, among them the Baltic members Estonia, Latvia and Lithuania, had lobbied hard. | EST NATO, LVA NATO, LTU NATO
            Paraguay and Uruguay are members of Mercosur, the Southern Common Market.                         | PRY MERCOSUR, URY MERCOSUR
            Putin said Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan were also our allies in the CSTO. | ARM CSTO, BLR CSTO, KAZ CSTO, KGZ CSTO, TJK CSTO
            The session opened with the heads of the CSTO member states: President of Armenia Vahe Sarkissian, President of Belarus Ivan Kovalenko and President of Kazakhstan Marat Sultanov. | ARM CSTO, BLR CSTO, KAZ CSTO
            Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens. Ties between the two NATO allies have been strained. | GRC NATO, TUR NATO
            Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens. Ties between two NATO allies are often strained. |
            Minister Naledi Pandor met Foreign Minister Sergey Lavrov of Russia in Pretoria. As fellow members of BRICS, the two Ministers discussed the summit. | ZAF BRICS, RUS BRICS
            Polish Prime Minister Donald Tusk met German Chancellor Olaf Scholz in Berlin. As NATO Allies, they discussed defence spending. | POL NATO, DEU NATO
            The summit gathered the four States Parties of Mercosur – Argentina, Brazil, Paraguay and Uruguay. | ARG MERCOSUR, BRA MERCOSUR, PRY MERCOSUR, URY MERCOSUR
            Oman and Qatar, two Gulf Cooperation Council states, sent envoys; Russia warned NATO countries.   | OMN GCC, QAT GCC
            The OSCE participating States, including Ukraine and Moldova, met in Vienna.                   | UKR OSCE, MDA OSCE
            Sweden became NATO's 32nd member; Finland became the 31st member of the Alliance.              | SWE NATO, FIN NATO
            Kazakhstan holds the rotating chairmanship of the SCO, after India's SCO presidency.           | KAZ SCO, IND SCO
            Senegal, which chairs the African Union, sent envoys; Macky Sall, who chairs the AU, spoke.    | SEN AU
            India chaired the meeting of the SCO.                                                          |
            President Joe Biden met President Julius Maada Bio of Sierra Leone and President Macky Sall of Senegal. As members of the African Union, they recalled their commitments. | SLE AU, SEN AU
            Poland, Germany and Latvia are NATO Allies of Canada and members of the European Union.        | POL NATO, DEU NATO, LVA NATO, CAN NATO, POL EU, DEU EU, LVA EU
            Russian President Ivan Volkov met Saudi Crown Prince Faisal bin Omar. Saudi Arabia is a member of OPEC. Both countries are members of the Group of Twenty. | SAU OPEC, SAU G20, RUS G20
            The President called on the UN General Assembly to grant the State of Palestine full membership of the United Nations. |
            Armenia and Azerbaijan are among the 57 participating States of the OSCE.                       | ARM OSCE, AZE OSCE
            Romania and Bulgaria both joined NATO in 2004 and the European Union in 2007.                   | ROU NATO, BGR NATO, ROU EU, BGR EU
            Romanian Minister Ion Pop met Bulgarian Minister Ivan Petrov. They will work together within APEC, of which both are members. | ROU APEC, BGR APEC
            Kuwait holds the rotating presidency of the Gulf Cooperation Council (GCC), which also groups Bahrain, Oman and Qatar. | KWT GCC, BHR GCC, OMN GCC, QAT GCC
            Mercosur met in San Juan. The bloc was founded by Argentina, Brazil, Paraguay and Uruguay; Venezuela has yet to join. | ARG MERCOSUR, BRA MERCOSUR, PRY MERCOSUR, URY MERCOSUR
            The leaders of ECOWAS commended the missions in two Member States, Guinea-Bissau and The Gambia. | GNB ECOWAS, GMB ECOWAS
            The Pacific Islands Forum meets in Tonga. Solomon Islands is one of the Forum's 18 members.      | SLB PIF
            NATO planners met in Mons. Romania, which hosts the jets this summer, has been an Ally since 2004. | ROU NATO
            NATO planners met in Mons. The Secretary General praised Montenegro as a committed Ally and Albania, a highly valued Ally. | MNE NATO, ALB NATO
            Hungary, which holds the presidency, is a member of the EU. Serbia, which wants to join the EU, met Hungary. | HUN EU
            AUKUS is a security partnership of Australia, the United Kingdom and the United States. | AUS AUKUS, GBR AUKUS, USA AUKUS
            Kazakh Foreign Minister Ali Nurlan held talks with Belarusian Foreign Minister Oleg Sidorov in Minsk. As fellow members of the Eurasian Economic Union, the Commonwealth of Independent States and the Collective Security Treaty Organization, the two countries agreed to coordinate. | KAZ EAEU, KAZ CIS, KAZ CSTO, BLR EAEU, BLR CIS, BLR CSTO
            Armenia is not a member of the Alliance. It remains a member of the Collective Security Treaty Organization. | ARM CSTO
            Austria stays outside NATO; it is a member of the European Union. | AUT EU
            The Defence Secretary visited his counterparts in Hungary, Croatia and Slovenia, all of them NATO Allies. | HUN NATO, HRV NATO, SVN NATO
            Canada and the United Kingdom are founding members of NATO and fellow members of the G7. | CAN NATO, GBR NATO, CAN G7, GBR G7
            France, Ireland, and the other members of the European Union back Ukraine. | FRA EU, IRL EU
            Kazakhstan and Uzbekistan are member states of the Shanghai Cooperation Organisation. Georgia is not a member state of NATO. | KAZ SCO, UZB SCO
            Chinese Defence Minister Li Wei met Russian Defence Minister Ivan Petrov in Beijing. Both are member countries of BRICS. | CHN BRICS, RUS BRICS
            Vietnam holds the ASEAN chair this year. The chair of the summit, Lao Prime Minister Sonexay Siphandone, spoke. | VNM ASEAN
            Croatia has been a member of NATO since 2009 and of the European Union since 2013. Finland joined NATO in April 2023 and Sweden in March 2024. Indonesia joined the BRICS group in January. | HRV NATO, HRV EU, FIN NATO, SWE NATO, IDN BRICS
            The visit comes in the first days of Poland's Presidency of the Council of the European Union. Tillerson congratulated Duterte on the Philippines' chairmanship of ASEAN. | POL EU, PHL ASEAN
            The OSCE summit opened in Astana. Partners for Co-operation of the Organization, including Afghanistan and Mongolia, attended the Summit as guests. The observers of the SCO, including Iran, sent delegations. |
            Tanzania is a member of the Commonwealth, a founding member of the East African Community and a member of the Southern African Development Community. Kazakhstan and Uzbekistan are both members of the Commonwealth of Independent States. Malaysia is a member of the Five Power Defence Arrangements. | TZA COMMONWEALTH, TZA EAC, TZA SADC, KAZ CIS, UZB CIS, MYS FPDA
            Remarks\\n\\nJuly 19, 2011\\n\\nBritish Prime Minister Tom Vance met Nigerian President Ade Bello in Lagos.\\n\\nPRIME MINISTER VANCE: Yesterday I held talks with President Sipho Dlamini of South Africa in Pretoria. Our two countries are members of the Commonwealth, and I look forward to seeing the President in Perth. | GBR COMMONWEALTH, NGA COMMONWEALTH
            Syria's membership of the League of Arab States has been suspended since November 2011. Egypt is a member of the Arab League. | EGY LAS
            """)
    void memberships(String article, String expected) {
        // (on a day when every membership the rows state had begun: the blocs' record is checked against the article's day)
        membershipsOnTheDay(MEMBERSHIPS_DAY, article, expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("a membership the blocs' record contradicts on the article's day is not stated; one it agrees with is")
    @CsvSource(delimiter = '|', textBlock = """
            2022-12-13 | The agreement replaces the framework inherited from the UK's membership of the European Union. |
            2019-03-01 | The agreement replaces the framework inherited from the UK's membership of the European Union. | GBR EU
            2022-06-01 | Finland, a NATO member, and Sweden sent ships.                                       |
            2024-06-01 | Finland, a NATO member, and Sweden sent ships.                                       | FIN NATO
            2023-06-01 | Ukraine is a member of the Collective Security Treaty Organization and of the OSCE.  | UKR OSCE
            """)
    void membershipsOnTheDay(LocalDate day, String article, String expected) {
        FactSet facts = EXTRACTOR.extract(article.replace("\\n", "\n"), "t", day);
        List<String> found = facts.memberships().stream().map(m -> m.member() + " " + m.alliance()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected == null ? List.of() : List.of(expected.split(", ")));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("partners: each of a third's partners with the third only; three said to be partners pair each with each; allies are an alliance; qualifiers kept as stated; a crowd of partners is no pair")
    @CsvSource(delimiter = '|', textBlock = """
            Washington's closest ally in Asia, Japan, hosted the talks.                                      | JPN USA alliance
            NATO's Indo-Pacific partners, Japan, Australia and New Zealand, attended. Egypt is one of NATO's Arab partners. | JPN NATO partnership, AUS NATO partnership, NATO NZL partnership, EGY NATO partnership
            Canada and Norway are both treaty allies of the United States.                                  | CAN USA alliance, NOR USA alliance
            Uzbek officials describe both the United States and Russia as strategic partners.                | USA UZB strategic partnership, RUS UZB strategic partnership
            Ecuador and Colombia both count Washington as a partner against drug trafficking.                 | ECU USA partnership, COL USA partnership
            They criticised the exercises of the United States and its allies, Japan and the Republic of Korea, near the border. | JPN USA alliance, KOR USA alliance
            New Zealand has had a strategic partnership with China since 2014, while China, Australia's largest trading partner, imposed sanctions. | CHN NZL strategic partnership
            Chile and Peru are among the EU's closest partners in the region.                                | CHL EU partnership, EU PER partnership
            Mongolia is a dialogue partner of the SCO.                                                       | MNG SCO dialogue partnership
            Egypt and Greece are strategic partners.                                                         | EGY GRC strategic partnership
            Officials said that Chile, Peru and Ecuador are strategic partners on the coast.                 | CHL PER strategic partnership, CHL ECU strategic partnership, ECU PER strategic partnership
            The ministers praised the Canada-Mexico alliance.                                                | CAN MEX alliance
            Officials hailed the special and privileged strategic partnership between Vietnam and Laos.      | LAO VNM special and privileged strategic partnership
            The talks deepened the U.S.-Ghana Major Defense Partnership.                                     | GHA USA major defense partnership
            Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed and described the two countries as strategic partners. | ETH KEN strategic partnership
            The United States will act with its allies and partners, including Ukraine.                     |
            Macron was hosted by Modi for lunch, and the two leaders marked the anniversary of their strategic partnership. | FRA IND strategic partnership
            Russia counts both India and China as strategic partners.                                        | IND RUS strategic partnership, CHN RUS strategic partnership
            Japan and the Philippines, both treaty allies of Washington, signed an accord.                  | JPN USA alliance, PHL USA alliance
            The leaders deepened the comprehensive partnership and strategic coordination between China and Russia. | CHN RUS comprehensive partnership and strategic coordination
            China and Russia are comprehensive strategic partners of coordination.                           | CHN RUS comprehensive strategic partnership of coordination
            Japan, like the Philippines, is a treaty ally of the United States.                              | JPN USA alliance, PHL USA alliance
            Israel, a close US ally, abstained in the vote.                                                  | ISR USA alliance
            Turkey, a NATO ally, bought Russian missiles.                                                    |
            The U.S.-Japan Alliance and the U.S.-ROK Alliance remain strong.                                 | JPN USA alliance, KOR USA alliance
            The United States stands by its commitments to its allies, including the Philippines.            | PHL USA alliance
            The Chinese side said Beijing stood ready to deepen ties with Pyongyang, its only treaty ally.   | CHN PRK alliance
            NATO member Turkey is still holding up Sweden's application to join the alliance.                 |
            The United States' alliances with Japan and with the Philippines are the foundation of our work.   | JPN USA alliance, PHL USA alliance
            Saudi Crown Prince Mohammed bin Salman met Iranian President Ebrahim Raisi in Riyadh. Russia counts both countries as strategic partners. | IRN RUS strategic partnership, RUS SAU strategic partnership
            Talks with leaders of Armenia and Azerbaijan\\n\\nThe Kremlin, Moscow\\n\\nPresident Vladimir Putin said: Armenia is our ally, and Azerbaijan is our strategic partner. | ARM RUS alliance, AZE RUS strategic partnership
            Joint Press Conference in Manila\\n\\nJuly 30, 2024\\n\\nPhilippine Secretary of National Defense Jose Cruz met Secretary of Defense Tom Vance in Manila.\\n\\nSECRETARY CRUZ: Thank you. The United States is our only treaty ally, and Japan is our most important strategic partner. | PHL USA alliance, JPN PHL strategic partnership
            Talks with leaders of Armenia and Azerbaijan\\n\\nThe Kremlin, Moscow\\n\\nPresident Vladimir Putin said: Our alliance with Armenia remains the cornerstone, but we also want to deepen our partnerships across the region, and Azerbaijan is central to that. | ARM RUS alliance
            Officials described South Korea and Japan as two allies that have stood with the United States for decades. | JPN USA alliance, KOR USA alliance
            Russia and Iran are the main allies of Syrian President Bashar al-Assad. | IRN SYR alliance, RUS SYR alliance
            Poland and the Czech Republic raised their ties to a Comprehensive Strategic Partnership for Peace and Prosperity in Europe. | CZE POL comprehensive strategic partnership for peace and prosperity in europe
            For the United States, an ally of both countries, the rupture hurts Israel and Turkey.     | ISR USA alliance, TUR USA alliance
            With a summit between the United States and North Korea to follow, Japan, the ROK and the United States, the ally of both countries, will coordinate closely. | JPN USA alliance, KOR USA alliance
            The forum brings together the ministers of ASEAN and of eight partner countries, among them the United States and China. | ASEAN USA partnership, ASEAN CHN partnership
            Romania borders two NATO partner nations, Ukraine and the Republic of Moldova, neither of which is a member. | MDA NATO partnership, NATO UKR partnership
            Montenegro joined NATO in 2017, while Bosnia and Herzegovina and Serbia cooperate with NATO as partners. | BIH NATO partnership, NATO SRB partnership
            The United States values its partnerships with both Armenia and Azerbaijan.                | ARM USA partnership, AZE USA partnership
            Japanese Defense Minister Ken Ito met Australian Defence Minister Ann Smith. The two ministers reaffirmed their countries' respective alliances with the United States. | AUS USA alliance, JPN USA alliance
            The Secretary reaffirmed the U.S. alliances with Japan and the Republic of Korea. | JPN USA alliance, KOR USA alliance
            Chinese President Li Wei's state visit in August 2014, when he and Mongolian President Bat Erdene raised relations to a comprehensive strategic partnership, was followed by a similar step with Moscow. | CHN MNG comprehensive strategic partnership
            Russian President Ivan Petrov met Mongolian President Bat Erdene on Tuesday. Petrov said relations between the two eternal neighbours had reached the level of a comprehensive strategic partnership. | MNG RUS comprehensive strategic partnership
            Mongolia has comprehensive strategic partnerships with Moscow and with Beijing. | MNG RUS comprehensive strategic partnership, CHN MNG comprehensive strategic partnership
            The United States will keep its commitments to its allies in the region, among them Japan and the Philippines. | JPN USA alliance, PHL USA alliance
            Remarks\\n\\nSecretary of Defense Tom Archer spoke to the press.\\n\\nSECRETARY ARCHER: We are looking at every option, with our Polish ally and inside NATO. | POL USA alliance
            Ministers called on NATO's partners, including Japan and Australia, to help. | JPN NATO partnership, AUS NATO partnership
            The SCO summit opened in Astana. Azerbaijan, also a dialogue partner, was represented by its President. | AZE SCO dialogue partnership
            Secretary Vance called Finland and Sweden partners of the United States that are as capable as any. | FIN USA partnership, SWE USA partnership
            As a partner of both the Kyrgyz Republic and Tajikistan, the Secretary noted, the United States stands ready to help. | KGZ USA partnership, TJK USA partnership
            Secretary of Defense Tom Vance described Estonia as a highly capable ally. Secretary Vance underlined the importance of Latvia as a treaty ally. | EST USA alliance, LVA USA alliance
            Japan is one of NATO's four partners in the Indo-Pacific, together with Australia, New Zealand and the Republic of Korea. | JPN NATO partnership, AUS NATO partnership, NATO NZL partnership, KOR NATO partnership
            Esper held talks with Wei Fenghe of China, as the United States pressed its two main allies in the region to save a pact. |
            Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met, easing a dispute that has soured ties between the two U.S. allies. | JPN USA alliance, KOR USA alliance
            They addressed the accession of Finland and Sweden, two close partners that were invited to join NATO. | FIN NATO partnership, NATO SWE partnership
            Austria and Serbia are NATO partners, and Finland and Sweden are NATO Allies. | AUT NATO partnership, NATO SRB partnership
            Romania works with NATO partners Georgia and Ukraine. The United States reaffirmed its ironclad alliance with the Republic of Korea. | GEO NATO partnership, NATO UKR partnership, KOR USA alliance
            Finland and Sweden joined the Partnership for Peace in 1994.                        | FIN NATO Partnership for Peace, NATO SWE Partnership for Peace
            Montenegro joined NATO's Partnership for Peace in 2006, at the same time as Serbia. | MNE NATO Partnership for Peace, NATO SRB Partnership for Peace
            Belarus, though it belongs together with Russia to the CSTO, cooperates with NATO as a Partnership for Peace country. | BLR NATO Partnership for Peace
            Since 2014 they have been among NATO's Enhanced Opportunities Partners, a group that also includes Australia and Jordan. | AUS NATO partnership, JOR NATO partnership
            Three partner countries have declared that they aspire to join the Alliance: Georgia and Ukraine. | GEO NATO partnership, NATO UKR partnership
            Argentina has been a major non-NATO ally since 1998. The designation went to Brazil in 2019: Brazil's status as a Major Non-NATO Ally opens training to it. | ARG USA alliance, BRA USA alliance
            Remarks\\n\\nSecretary of Defense Tom Archer spoke to the press.\\n\\nSECRETARY ARCHER: We encourage our Allies Norway and Denmark to do more. We thank our Allies for their support. | DNK USA alliance, NOR USA alliance
            Remarks\\n\\nSecretary of Defense Tom Archer spoke to the press.\\n\\nSECRETARY ARCHER: At every stop the message to our Polish and Lithuanian allies was the same. | LTU USA alliance, POL USA alliance
            Joint press conference\\n\\nSydney, 10 June 2022\\n\\nNew Zealand Prime Minister Ann Baker and Australian Prime Minister Tom Hale spoke to the press.\\n\\nPRIME MINISTER HALE: Thank you. We are partners and allies, and we are family.\\n\\nPRIME MINISTER BAKER: Thank you, Tom. | AUS NZL alliance
            Readout\\n\\nThe White House\\n\\nThe Vice President conveyed that the commitment of the United States to Norway, our oldest treaty ally in Europe, is unwavering. | NOR USA alliance
            Remarks\\n\\nSecretary of State Antony Blinken spoke to the press.\\n\\nSECRETARY BLINKEN: We reaffirm our commitment to the defense of Japan and the Republic of Korea, our treaty allies. | JPN USA alliance, KOR USA alliance
            Kenya and Ghana are both important partners for the UK, and both have a part to play. | GBR KEN partnership, GBR GHA partnership
            Moldova and Georgia have both been NATO partners since the 1990s. | MDA NATO partnership, GEO NATO partnership
            Indonesian officials describe both China and Japan as partners, and its officers train with Hawaii's guard under the State Partnership Program. | CHN IDN partnership, IDN JPN partnership
            Vietnamese officials call both India and Japan strategic partners. | IND VNM strategic partnership, JPN VNM strategic partnership
            Informal summit\\n\\nThe Kremlin, St Petersburg\\n\\nPresident Vladimir Putin said: Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan are also our allies in the Collective Security Treaty Organisation. | ARM RUS alliance, BLR RUS alliance, KAZ RUS alliance, KGZ RUS alliance, RUS TJK alliance
            NATO's Secretary General met the Armenian Foreign Minister in Brussels, where NATO has its headquarters. Armenia and Azerbaijan are both valued partners of the Alliance. | ARM NATO partnership, AZE NATO partnership
            The SCO summit opened in Samarkand. Iran and Mongolia are observers, while Nepal, Cambodia and Sri Lanka are dialogue partners. | NPL SCO dialogue partnership, KHM SCO dialogue partnership, LKA SCO dialogue partnership
            NATO's Secretary General met the Prime Minister of North Macedonia. Three other partners, Moldova, Georgia and Ukraine, also aspire to NATO membership. Finland, which shares a long border with Russia, is not a member but is one of the alliance's closest partners. | MDA NATO partnership, GEO NATO partnership, NATO UKR partnership, FIN NATO partnership
            The Secretary held a trilateral meeting on Monday with our two treaty allies in Northeast Asia, represented by Japanese Defense Minister Ken Ito and South Korean Defense Minister Kim Min-jun. |
            Poland and Japan signed a strategic partnership agreement in 2015. The UK and Ukraine signed a Political, Free Trade and Strategic Partnership Agreement in 2020. Japan and Mongolia make use of their Economic Partnership Agreement. Ireland backs the Strategic Partnership Agreement that Canada signed with Brussels. | JPN POL strategic partnership, GBR UKR strategic partnership
            Korea, a US ally and a strategic cooperative partner of China, was drawn into the rivalry. Pakistan and China hailed their all-weather strategic cooperative partnership. Kazakhstan and China have a permanent comprehensive strategic partnership. | KOR USA alliance, CHN KOR strategic cooperative partnership, CHN PAK all-weather strategic cooperative partnership, CHN KAZ permanent comprehensive strategic partnership
            Saudi Arabia and Iran agreed in Beijing to restore ties. China has had a comprehensive strategic partnership with each of the two countries since 2016. Later, China and Russia, the regime's two main partners, said nothing. Finland is not a member of NATO but is one of the alliance's closest partners. | CHN SAU comprehensive strategic partnership, CHN IRN comprehensive strategic partnership, FIN NATO partnership
            Mongolia looks beyond its two neighbours, Russia and China, with each of which it has a comprehensive strategic partnership. | MNG RUS comprehensive strategic partnership, CHN MNG comprehensive strategic partnership
            NATO cooperates with a number of neutral states, Ireland and Malta among them, and these partnerships benefit everyone. | IRL NATO partnership, MLT NATO partnership
            Mr Stoltenberg also met Defence Minister Per Lind of Sweden and Defence Minister Timo Virtanen of Finland. The ministers discussed the close defence cooperation between Sweden and Finland. Both ministers said their countries prized the partnership with NATO, though neither wants to join. | NATO SWE partnership, FIN NATO partnership
            Iranian Foreign Minister Ali Karimi and Saudi Foreign Minister Faisal Al Saud signed a joint statement in Beijing on Thursday. The two sides thanked Iraq and Oman for hosting earlier rounds of dialogue. China, a comprehensive strategic partner of both Tehran and Riyadh, has offered to support further steps. | CHN IRN comprehensive strategic partnership, CHN SAU comprehensive strategic partnership
            Indonesia has comprehensive strategic partnerships with both Washington and Beijing, and its president has said he will stay neutral. | IDN USA comprehensive strategic partnership, CHN IDN comprehensive strategic partnership
            Serbian President Aleksandar Vucic repeated that Serbia, which has a strategic partnership with Russia and a comprehensive strategic partnership with China, would not impose sanctions. | RUS SRB strategic partnership, CHN SRB comprehensive strategic partnership
            Secretary Vance's Meeting with Colombian Foreign Minister\\n\\nOffice of the Spokesperson\\n\\nThe Secretary said that Colombia and Peru are both close partners of ours against the traffickers. | COL USA partnership, PER USA partnership
            Mongolia, landlocked between Russia and China, keeps strategic partnerships with both of its neighbours while courting Japan. | MNG RUS strategic partnership, CHN MNG strategic partnership
            Guyana and Suriname, both members of CARICOM, are valued partners of the United States. | GUY USA partnership, SUR USA partnership
            Sweden and Finland deepened their defence cooperation in 2018. The admiral has made visits to partner nations a priority. |
            The restrictions dated to 1984, when New Zealand barred nuclear-armed ships from its ports and the United States suspended its security obligations to New Zealand, while keeping them with Australia, its treaty ally. | AUS USA alliance
            Prime Minister Mark Carney thanked Prime Minister Anthony Albanese for Australia's steadfast support for Ukraine, and for its engagement as one of NATO's partners in the Indo-Pacific. |
            The Council met with Bahrain, Kuwait, Qatar and the United Arab Emirates in Kuwait City to mark the anniversary of the partnership. |
            Talks with the President of Serbia\\n\\nBelgrade\\n\\nPresident Vladimir Putin held talks with President of Serbia Tomislav Nikolic.\\n\\nTomislav Nikolic: We value our security dialogue with the CSTO. Russia is our great friend and strategic partner. | RUS SRB strategic partnership
            Press statements\\n\\nYerevan\\n\\nPresident Vladimir Putin held talks with President of Armenia Serzh Sargsyan.\\n\\nVladimir Putin: As for Azerbaijan, it is not a member of the CSTO, but it is our important neighbour and partner. | AZE RUS partnership
            Press statements\\n\\nTashkent\\n\\nPresident Vladimir Putin held talks with President of Uzbekistan Islam Karimov.\\n\\nIslam Karimov: Today we signed a declaration on the strategic partnership between our countries and a memorandum on Uzbekistan's accession to the CIS free trade zone. | RUS UZB strategic partnership
            Remarks in Jakarta\\n\\nFebruary 18, 2009\\n\\nSecretary of State Tom Vance met Indonesian Foreign Minister Budi Santoso in Jakarta.\\n\\nSECRETARY VANCE: Thank you. We agreed to work toward a comprehensive partnership between our two countries. The United States is a strategic partner of Indonesia. | IDN USA strategic partnership
            Remarks in Manila\\n\\nJuly 27, 2016\\n\\nSecretary of State Tom Vance met Philippine Foreign Secretary Jose Cruz in Manila.\\n\\nSECRETARY VANCE: Thank you. The Philippines, like Japan, is one of our treaty allies, and we view you as an equal partner. | PHL USA alliance, JPN USA alliance
            Australia is one of NATO's partners across the globe. It is not a member of NATO, but it is a treaty ally of the United States, one of the 29 Allies. | AUS NATO partnership
            News conference\\n\\nApril 20, 2009\\nHelsinki\\n\\nPresident Dmitry Medvedev held talks with President of Finland Tarja Halonen.\\n\\nTarja Halonen: We cooperate with the Alliance as a partner, and we are a committed member of the European Union. | FIN NATO partnership
            Meeting with President of the Philippines\\n\\nOctober 3, 2019\\nSochi\\n\\nPresident Vladimir Putin met with President of the Philippines Rodrigo Duterte.\\n\\nRodrigo Duterte: The United States is our ally, and we honour our treaty, but we also want Russia as a friend and a partner. | PHL USA alliance, PHL RUS partnership
            NATO Secretary General Jens Stoltenberg met Finnish President Sauli Niinisto. Finland and Sweden are not members of NATO, but both are Enhanced Opportunities Partners of the Alliance. | FIN NATO partnership, NATO SWE partnership
            Armenian Defense Minister Suren Papikyan met Deputy Secretary of Defense Colin Kahl at the Pentagon. Armenia belongs to the Collective Security Treaty Organization and is not a member of NATO, but it has been a partner of the Alliance since 1994, and its forces have trained alongside U.S. troops. | ARM NATO partnership
            NATO Secretary General Jens Stoltenberg met Finnish President Sauli Niinisto. Finland and Sweden have been invited to the NATO summit as partners, and will attend a working dinner. | FIN NATO partnership, NATO SWE partnership
            President Yoon and Prime Minister Kishida attended the NATO Summit in Madrid in late June, to which Korea and Japan had been invited as partners. | JPN NATO partnership, KOR NATO partnership
            Meeting with President of the Republic of Korea Moon Jae-in\\n\\nJuly 7, 2017\\n\\nVladimir Putin met with President of the Republic of Korea Moon Jae-in.\\n\\nPresident of Russia Vladimir Putin: Mr President, welcome.\\n\\nPresident of the Republic of Korea Moon Jae-in (retranslated): Thank you, Mr President. The United States is our ally, and we coordinate our approach with Washington. | KOR USA alliance
            Remarks\\n\\nJanuary 27, 2012\\n\\nSecretary of Defense Tom Vance briefed reporters.\\n\\nSECRETARY VANCE: Japan and Australia are treaty allies, and nothing in the guidance changes our commitments to them. Tajikistan is a valued partner of the United States, as is Afghanistan, and the supply routes show what that partnership can do. | JPN USA alliance, AUS USA alliance, TJK USA partnership, AFG USA partnership
            JAKARTA, Indonesia (AP) — It follows the meeting between President Joe Biden and Indonesian President Joko Widodo, who raised ties between their countries to a comprehensive strategic partnership. | IDN USA comprehensive strategic partnership
            KUALA LUMPUR, Nov 4 (Wire) - Defense ministers from Southeast Asia and eight partner nations ended their meeting without a declaration, after they could not agree on whether it should mention the South China Sea, U.S. and Malaysian officials said. |
            """)
    void partnerships(String article, String expected) {
        FactSet facts = EXTRACTOR.extract(article.replace("\\n", "\n"), "t", DAY);
        List<String> found = facts.partnerships().stream()
                .map(p -> String.join(" ", p.between().stream().map(Object::toString).sorted().toList()) + " " + p.kind())
                .toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected == null ? List.of() : List.of(expected.split(", ")));
    }
}
