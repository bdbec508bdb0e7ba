package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who the officials of an article are: their ids, the country or alliance they serve, and their roles. */
class OfficialsTests {

    private static final Extractor EXTRACTOR = Extractor.withBuiltInGazetteer();

    @ParameterizedTest(name = "{0} → {2}")
    @DisplayName("ids drop honorifics, middle initials and suffixes, keep particles, and take the scope the text or the gazetteer gives")
    @CsvSource(delimiter = '|', textBlock = """
            2021-05-04 | Secretary of Defense Lloyd J. Austin III met Ukrainian Defence Minister Oleksii Reznikov in Kyiv.   | USA/lloyd-austin UKR/oleksii-reznikov
            2024-07-28 | Secretary of Defense Lloyd J. Austin III Opening Remarks at a Bilateral Meeting With Japanese Minister of Defense Minoru Kihara | USA/lloyd-austin JPN/minoru-kihara
            2022-09-16 | Vladimir Putin met Recep Tayyip Erdogan in Samarkand on Friday.                                      | RUS/vladimir-putin TUR/recep-tayyip-erdogan
            2024-10-24 | Russian President Vladimir Putin met Vietnamese Prime Minister Comrade Tran Van Nam in Kazan.       | RUS/vladimir-putin VNM/tran-van-nam
            2025-05-31 | Malaysian Minister of Defence Dato' Seri Ahmad Rahman met Singaporean Defence Minister Tan Wei Ming.| MYS/ahmad-rahman SGP/tan-wei-ming
            2023-12-16 | Malaysian Foreign Minister Dato' Seri Utama Ahmad Rahman met Singaporean Foreign Minister Tan Wei Ming. | MYS/ahmad-rahman SGP/tan-wei-ming
            2012-01-17 | Russian Chief of the General Staff Ivan Petrov was welcomed by the Supreme Allied Commander Europe, Admiral Tom Vance. | RUS/ivan-petrov USA/tom-vance
            2022-03-30 | Iranian Foreign Minister Hossein Amir-Abdollahian met Afghan Foreign Minister Amir Khan Muttaqi and Qatari Emir Tamim bin Hamad Al Thani in Doha. | IRN/hossein-amir-abdollahian AFG/amir-khan-muttaqi QAT/tamim-bin-hamad-al-thani
            2014-05-15 | Chairman of the Joint Chiefs of Staff Tom Vance welcomed Gen. Fang Wei, chief of the General Staff of China's People's Liberation Army, to the Pentagon. | USA/tom-vance CHN/fang-wei
            2010-06-05 | South Korean Defense Minister Kim Tae-young met Japanese Defense Minister Toshimi Kitazawa, and Joe Biden-backed plans were aired. | KOR/kim-tae-young JPN/toshimi-kitazawa
            2025-02-13 | Prime Minister Narendra Modi met Director of National Intelligence Tulsi Gabbard in Washington on Thursday. | IND/narendra-modi USA/tulsi-gabbard
            2023-05-19 | Syrian President Bashar al-Assad met Crown Prince Mohammed bin Salman in Jeddah on Friday.          | SYR/bashar-al-assad SAU/mohammed-bin-salman
            2023-07-15 | Prime Minister Narendra Modi met Sultan bin Ahmed Al Jaber, the UAE's climate envoy, in Abu Dhabi. | IND/narendra-modi ARE/sultan-bin-ahmed-al-jaber
            2025-04-18 | Saudi Defense Minister Prince Khalid bin Salman met Iranian President Masoud Pezeshkian in Tehran and delivered a letter from King Salman. | SAU/khalid-bin-salman IRN/masoud-pezeshkian SAU/salman
            2023-01-31 | Secretary of Defense Lloyd J. Austin III hosted Korean Defense Minister Lee Jong-sup in November for the 54th Security Consultative Meeting. | USA/lloyd-austin KOR/lee-jong-sup
            2017-11-23 | Deputy Supreme Allied Commander Europe (DSACEUR) General Sir Tom Archer visited Hungary. General Archer, a British Army officer, met Hungarian Chief of Defence General Tibor Benko. | GBR/tom-archer HUN/tibor-benko
            2022-06-30 | President Ferdinand R. Marcos Jr. met Secretary of State Antony J. Blinken in Manila on Wednesday.  | PHL/ferdinand-marcos-jr USA/antony-blinken
            2023-02-14 | Foreign Secretary Lord Cameron met Indian External Affairs Minister Shri Subrahmanyam Jaishankar. | GBR/cameron IND/subrahmanyam-jaishankar
            2017-03-08 | Gen. Joseph Dunford held talks in Antalya with Gen. Hulusi Akar, Chief of the General Staff of NATO Ally Turkey. | USA/joseph-dunford TUR/hulusi-akar
            2017-03-08 | Gen. Hulusi Akar of NATO Ally Turkey met Gen. Joseph Dunford in Antalya.                            | TUR/hulusi-akar USA/joseph-dunford
            2013-11-22 | King Mohammed VI of Morocco met President Barack Obama at the White House.                      | MAR/mohammed USA/barack-obama
            2022-05-30 | On Sunday, Chinese Foreign Minister Wang Yi met with Henry Puna, secretary general of the Pacific Islands Forum, in Suva. | CHN/wang-yi PIF/henry-puna
            2023-11-16 | US and Indonesia sign defense pact as Lloyd Austin meets Southeast Asian counterparts in Jakarta. | USA/lloyd-austin
            2023-09-06 | Deputy Assistant Secretary Eric Jacobstein of the Bureau of Western Hemisphere Affairs called on Guatemalan President Alejandro Giammattei. | USA/eric-jacobstein GTM/alejandro-giammattei
            2023-03-05 | Jordan's King Abdullah II and Crown Prince Hussein met Secretary of Defense Lloyd Austin at the Pentagon. | JOR/abdullah JOR/hussein USA/lloyd-austin
            2025-11-18 | Vladimir Putin met Mongolian Prime Minister Gombojavyn Zandanshatar. Highly respected Vladimir Vladimirovich, we are glad to meet you again, Zandanshatar said. | RUS/vladimir-putin MNG/gombojavyn-zandanshatar
            2025-11-18 | On September 2 the President of Mongolia, President of the People's Republic of China Xi Jinping and Vladimir Putin met in Beijing. | CHN/xi-jinping RUS/vladimir-putin
            2022-06-28 | On Tuesday Biden met separately with King Felipe VI at the royal palace in Madrid.              | USA/biden ESP/felipe
            2023-01-27 | NATO Secretary General Jens Stoltenberg met Defence Minister Lee Jong-sup in Seoul on Monday.      | NATO/jens-stoltenberg KOR/lee-jong-sup
            2021-02-11 | President Ursula von der Leyen met Premier Li Keqiang in Brussels on Tuesday.                      | EU/ursula-von-der-leyen CHN/li-keqiang
            2020-02-11 | Azerbaijan's Deputy Defense Minister, Chief of the General Staff of the Armed Forces, Colonel General Ali Aliyev met Russian Defence Minister Ivan Petrov in Baku. | AZE/ali-aliyev RUS/ivan-petrov
            2024-05-14 | Greek Prime Minister Kyriakos Mitsotakis held talks with President Recep Tayyip Erdogan in Ankara. Speaking alongside his Greek counterpart, Erdogan said the talks went well. | GRC/kyriakos-mitsotakis TUR/recep-tayyip-erdogan
            2021-10-19 | We, the Prime Minister of the Hellenic Republic, John Papas, the President of the Arab Republic of Egypt, Ali Hassan, and the President of the Socialist Republic of Viet Nam, Tran Van Minh, met in Athens. | GRC/john-papas EGY/ali-hassan VNM/tran-van-minh
            2017-03-14 | British Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin on Tuesday.     | GBR/theresa-may DEU/angela-merkel
            2024-03-14 | Czech Foreign Minister Jan Lipavsky met Polish Foreign Minister Radoslaw Sikorski in Prague.     | CZE/jan-lipavsky POL/radoslaw-sikorski
            2017-06-14 | In May Angela Merkel met Vladimir Putin in Sochi.                                                  | DEU/angela-merkel RUS/vladimir-putin
            2023-05-10 | The foreign ministers of Chile and Peru, Ana Torres and Luis Vega, met in Lima on Tuesday.         | CHL/ana-torres PER/luis-vega
            2023-03-17 | Prime Minister of Japan KATO Hiroshi met Joe Biden in Washington. Prime Minister Kato thanked him.  | JPN/kato-hiroshi USA/joe-biden
            2023-03-17 | Ms. KAMIKAWA Yoko met Prime Minister SUGA Taro of Japan in Tokyo. Minister KAMIKAWA spoke.         | JPN/kamikawa-yoko JPN/suga-taro
            2024-01-16 | North Korean Foreign Minister Ri Son Gwon met Sergei Lavrov in Moscow. Mr Ri invited him to Pyongyang. | PRK/ri-son-gwon RUS/sergei-lavrov
            2024-03-14 | Chinese Foreign Minister Zhou Jun met Czech Foreign Minister Jan Lipavsky in Prague on Monday.     | CHN/zhou-jun CZE/jan-lipavsky
            2023-11-23 | Foreign Secretary Jane Doe met Prime Minister of the Palestinian Authority Ali Nasser in Ramallah. | GBR/jane-doe PSE/ali-nasser
            2022-10-22 | The Prime Minister of Australia, the Hon. John Smith MP, hosted Prime Minister KATO Hiroshi of Japan. | AUS/john-smith JPN/kato-hiroshi
            2023-05-24 | The Hon John Smith MP, Prime Minister of Australia, met Prime Minister Narendra Modi in Sydney.   | AUS/john-smith IND/narendra-modi
            2024-03-20 | Foreign Secretary Jane Doe met Chinese Foreign Minister Zhou Jun in Beijing and raised the case of Australian citizen Dr Chen Wei. | GBR/jane-doe CHN/zhou-jun
            2021-05-28 | Angela Merkel met Vladimir Putin in Sochi on Friday, and the talks turned to Joe Biden's son.   | DEU/angela-merkel RUS/vladimir-putin USA/joe-biden
            2023-11-23 | Foreign Secretary Jane Doe visited Kibbutz Nir Oz, then met Israeli President Isaac Herzog.         | GBR/jane-doe ISR/isaac-herzog
            2011-12-01 | Secretary of State Tom Vance met Myanmar President U Thein Min and Myanmar Foreign Minister U Aung Lwin in Naypyitaw. | USA/tom-vance MMR/thein-min MMR/aung-lwin
            2024-08-26 | Singaporean Prime Minister Lee Chen, the Chief Guest, met Indian Foreign Minister Anil Rao and Media. | IND/anil-rao SGP/lee-chen
            2024-10-22 | President Abdel Fattah El-Sisi met Vladimir Putin in Kazan. El-Sisi thanked him.             | EGY/abdel-fattah-el-sisi RUS/vladimir-putin
            2025-09-10 | Sisi met Ethiopia's then prime minister Ali Bekele in Malabo.                                      | EGY/sisi ETH/ali-bekele
            2024-10-12 | Isaias Afwerki hosted Somalia's President Omar Sheikh Warsame and Sheikh Tamim bin Hamad Al Thani in Asmara. | ERI/isaias-afwerki SOM/omar-sheikh-warsame QAT/tamim-bin-hamad-al-thani
            2024-04-18 | Turkish General Ali Kaya called on Pakistani Chief of Army Staff General Syed Asim Munir in Rawalpindi on Thursday. | TUR/ali-kaya PAK/asim-munir
            2024-04-18 | Bangladesh's Chief Adviser Prof Muhammad Yunus met Pakistani Foreign Minister Ishaq Dar in Dhaka on Sunday, after Dar called on Begum Khaleda Zia. | BGD/muhammad-yunus PAK/ishaq-dar BGD/khaleda-zia
            2024-04-18 | Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. PM Abiy thanked him. | KEN/william-ruto ETH/abiy-ahmed
            2024-11-27 | The leaders of Denmark and Norway met at Harpsund on Wednesday. Latvia was represented by its Minister for Foreign Affairs, Anna Berzina. | LVA/anna-berzina
            2024-11-27 | Canadian Prime Minister Tom Archer spoke on Wednesday. Canada looks forward to working with New Zealand under its new Prime Minister, Chris Hill. | CAN/tom-archer NZL/chris-hill
            2024-11-27 | Pakistani Prime Minister Ali Shah held talks in Kabul on Wednesday, with his foreign affairs adviser Omar Aziz taking part. | PAK/ali-shah PAK/omar-aziz
            2023-05-20 | Japanese Prime Minister Ken Sato invited the leaders of India and Comoros, whose president, Ali Said, chairs the African Union this year, and met King Willem-Alexander of the Netherlands. | JPN/ken-sato COM/ali-said NLD/willem-alexander
            2024-02-28 | The meeting was chaired by Dr Mohamed Ali, President of the Co-operative Republic of Guyana, who met Roosevelt Marks, Prime Minister of the Commonwealth of Dominica, on Monday. | GUY/mohamed-ali DMA/roosevelt-marks
            2017-09-05 | Indonesian Foreign Minister Ken Sato met Prime Minister Sheikh Hasina in Dhaka, and Qatari Emir Sheikh Tamim bin Hamad Al Thani met her. | IDN/ken-sato BGD/sheikh-hasina QAT/tamim-bin-hamad-al-thani
            2020-11-29 | Indonesian Foreign Minister Ana L.P. Sari met Nepalese Prime Minister K.P. Sharma Oli, and Gen. C.Q. Brown met Sri Lankan Prime Minister R. M. Perera. | IDN/ana-sari NPL/kp-sharma-oli USA/cq-brown LKA/rm-perera
            2020-10-15 | U.S. Deputy Secretary Tom Archer met Bangladeshi Foreign Minister Dr. A.K. Abdul Karim and Indian Defence Minister E.A. Thomas in the U.S. capital. | USA/tom-archer BGD/ak-abdul-karim IND/ea-thomas
            2016-06-28 | Canada hosts Ruiz Soto. Canadian Prime Minister Tom Archer welcomed Mexican President Luis Ruiz Soto on Tuesday, and UAE Vice President Hamdan bin Rashid Al Ali met Rashid Al Ali. | MEX/luis-ruiz-soto CAN/tom-archer ARE/hamdan-bin-rashid-al-ali ARE/rashid-al-ali
            2018-09-28 | Armenian Prime Minister Arman Petrosyan arrived in Dushanbe. Turkmen President Murat Orazov, who is attending the U.N. General Assembly, sent Deputy Prime Minister Serdar Ataev in his place. When Venezuelan President Carlos Rivas was sworn in, Beijing sent Li Wei, a vice chairman. | ARM/arman-petrosyan TKM/murat-orazov TKM/serdar-ataev CHN/li-wei VEN/carlos-rivas
            2017-07-11 | US envoy Tom Archer arrived in Kuwait City on Monday, where he held talks with the Kuwaiti ruler, Sheikh Sabah Al Ahmad Al Jaber Al Sabah, who leads the mediation. South Korean FM Kim Min-jun met H.H. Sheikha Mariam bint Mohamed bin Zayed Al Nahyan of the UAE. | USA/tom-archer KWT/sabah-al-ahmad-al-jaber-al-sabah KOR/kim-min-jun ARE/mariam-bint-mohamed-bin-zayed-al-nahyan
            2023-08-24 | Indian Prime Minister Shri Ravi Menon met the President of the Islamic Republic of Iran H.E. Dr. Seyyed Ali Karimi in Johannesburg. | IND/ravi-menon IRN/ali-karimi
            2018-06-28 | NATO Secretary General Piet Smit met the Prime Minister of the former Yugoslav Republic of Macedonia¹, Petar Stojanov, in Brussels. | NATO/piet-smit MKD/petar-stojanov
            2024-01-10 | The deal was announced during the visit to the UK of India's Defence Minister, Ravi Menon, and the visit to France of the Indian Foreign Minister, Anil Kapoor. | IND/ravi-menon IND/anil-kapoor
            """)
    void idsAndScopes(LocalDate published, String sentence, String ids) {
        FactSet facts = EXTRACTOR.extract(sentence, "t", published);
        assertThat(officials(facts)).containsExactlyInAnyOrder(ids.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a person named without his country: the gazetteer's on the day, the host's abroad, the publisher's in its release")
    @CsvSource(delimiter = '|', textBlock = """
            the gazetteer knows him, by the day        | 2012-03-01 | Jens Stoltenberg met Angela Merkel in Berlin on Tuesday.                                                | NOR/jens-stoltenberg DEU/angela-merkel
            initials written together, not a family name in capitals | 2025-02-28 | JD Vance met Volodymyr Zelensky in Washington on Friday. | USA/jd-vance UKR/volodymyr-zelensky
            a relative of a placed person | 2024-06-20 | North Korean leader Pak Chol Su met Defence Minister Ivan Petrov of Russia in Pyongyang on Wednesday. In 2000 Petrov was received by Pak's father, Pak Jong Nam. | PRK/pak-chol-su RUS/ivan-petrov PRK/pak-jong-nam
            an event in capitals is no one             | 2024-06-20 | Turkish President Recep Tayyip Erdogan and Egyptian President Abdel Fattah al-Sisi shook hands at the opening of the World Cup in Doha. | TUR/recep-tayyip-erdogan EGY/abdel-fattah-al-sisi
            the host in a city the gazetteer places   | 2023-06-14 | Deputy Secretary Wendy Sherman visited Tianjin in July 2021 and held talks with Vice Foreign Minister Xie Feng. | USA/wendy-sherman CHN/xie-feng
            a bare title of the publisher: its holder on the day | 2023-10-12 | PM call with President Macron\\n\\nFrom: 10 Downing Street\\n\\nThe Prime Minister spoke to President Macron this evening, following their meeting in Granada last week. | GBR/rishi-sunak FRA/macron
            a president who received a visitor: his host country, not another president's | 2022-07-27 | Lavrov in Africa\\n\\nADDIS ABABA, July 27 (Wire) - Russian Foreign Minister Sergei Lavrov, who met Egyptian President Abdel Fattah al-Sisi in Cairo on Sunday, ended his tour in Ethiopia on Wednesday. In March Lavrov had been received by President Tom Vance. | RUS/sergei-lavrov EGY/abdel-fattah-al-sisi ETH/tom-vance
            one the publisher's own official met abroad is the visited country's | 2024-05-29 | Secretary Vance's Meeting with Moldovan President Popa\\n\\nOffice of the Spokesperson\\n\\nSecretary of State Tom Vance met Moldovan President Ana Popa in Chisinau today. Secretary Vance also met separately with Prime Minister Ion Rusu to review reforms. | USA/tom-vance MDA/ana-popa MDA/ion-rusu
            of a tour, the country of the meetings on his day      | 2024-05-29 | Secretary Vance's Meeting with Moldovan President Popa\\n\\nOffice of the Spokesperson\\n\\nSecretary of State Tom Vance met Romanian President Ion Marin in Bucharest on Monday. Secretary Vance met Moldovan President Ana Popa in Chisinau today. Secretary Vance also met separately with Prime Minister Ion Rusu to review reforms. | USA/tom-vance ROU/ion-marin MDA/ana-popa MDA/ion-rusu
            a national agency's dateline: its country's official | 2024-06-04 | Yoon meets Ruto\\n\\nSEOUL, June 4 (Yonhap) -- President Yoon Suk Yeol met Kenyan President William Ruto on Tuesday, and Park Min-su, first deputy director of the National Security Office, briefed reporters afterwards. | KOR/yoon-suk-yeol KEN/william-ruto KOR/park-min-su
            the host of a meeting abroad              | 2024-02-01 | U.S. Secretary of State Antony Blinken met President Ruslan Gorbenko in Minsk on Tuesday.                | USA/antony-blinken BLR/ruslan-gorbenko
            the country of another holder of his bare title | 2023-06-04 | Defense Minister Lee Min-ho met Ken Ito, Japan's defense minister, in Seoul on Sunday. The last talks were held in Bangkok in 2019, when then Defense Minister Park Jin-soo sat down with Taro Sato, who was Japan's defense minister at the time. | KOR/lee-min-ho JPN/ken-ito KOR/park-jin-soo JPN/taro-sato
            the host of this week's meeting first     | 2021-07-29 | Secretary Austin met separately with President Nguyen Van Thanh and with Minister of National Defense General Phan Van Hoa in Hanoi on Thursday. Secretary Austin travels next to Manila, where he is scheduled to meet President Rodrigo Duterte. | USA/austin VNM/nguyen-van-thanh VNM/phan-van-hoa PHL/rodrigo-duterte
            the place of the clause he is named in    | 2021-10-18 | Secretary Austin met separately in Tbilisi with Prime Minister Irakli Kobalia and Minister of Defense Juansher Tsotne on Monday. Secretary Austin travels next to Kyiv, where he is scheduled to see President Oleh Hrytsenko and Minister of Defense Andrii Marchuk. | USA/austin GEO/irakli-kobalia GEO/juansher-tsotne UKR/oleh-hrytsenko UKR/andrii-marchuk
            the country that sends him                | 2024-07-04 | Iran was represented by acting President Ali Karimi at the summit in Astana on Thursday.                  | IRN/ali-karimi
            the country that sends him, in a clause   | 2024-07-04 | Mongolia, an observer since 2004, sent President Batu Erdene to the summit, where he met Xi Jinping.      | MNG/batu-erdene CHN/xi-jinping
            the leader of a country's delegation      | 2024-10-24 | The Brazilian delegation in Kazan was led by Foreign Minister Paulo Costa.                               | BRA/paulo-costa
            the leaders of each side                  | 2024-08-20 | The Indian side was led by Defence Minister Ravi Kumar and Trade Minister Anil Rao, and the Japanese side by Foreign Minister Sato Ken. | IND/ravi-kumar IND/anil-rao JPN/sato-ken
            the publisher's own in a national release | 2024-02-01 | Readout of Secretary of Defense Tom Vance's Meeting\\n\\nThe below is attributable to Spokesperson Ann Smith:\\n\\nSecretary of Defense Tom Vance met Japanese Defence Minister Ken Ito today. | USA/tom-vance USA/ann-smith JPN/ken-ito
            a title-case headline's verb is no one    | 2024-07-28 | Austin, Japanese Counterpart Pledge to Upgrade Alliance Command\\n\\nDefense Secretary Lloyd Austin met Japanese Defense Minister Minoru Kihara in Tokyo today. | USA/lloyd-austin JPN/minoru-kihara
            a deputy's body is his principal's        | 2012-12-05 | NATO Secretary General Piet Smit met Georgian Prime Minister Levan Beridze on Wednesday. In November Beridze met the Deputy Secretary General, Alexander Novik. | NATO/piet-smit GEO/levan-beridze NATO/alexander-novik
            title-case headline words are no one      | 2009-06-12 | Vance, Russian Counterpart Discuss Missile Defense\\n\\nDefense Secretary Tom Vance met Russian Defense Minister Ivan Petrov in Brussels today. They first met in Moscow in March 2008, when Vance and Secretary of State Ann Smith held talks with their Russian counterparts. | USA/tom-vance RUS/ivan-petrov USA/ann-smith
            a party is no one; "Jan" after "counterpart," a given name | 2024-04-26 | U.S. Secretary of State Tom Vance met his Czech counterpart, Jan Novy, in Prague on Monday. Vance arrived in Shanghai on Wednesday, where he met the city's Communist Party chief, Chen Wei. | USA/tom-vance CZE/jan-novy CHN/chen-wei
            a peer is British, his territorial designation his name's; "Indo-Pacific" no name | 2024-09-14 | Ministers meet counterparts\\n\\nFrom: Foreign, Commonwealth & Development Office\\n\\nLord Smith of Highbury, Minister for Africa, met Nigerian Foreign Minister Musa Bello on Thursday. Minister for the Indo-Pacific Catherine Jones met Japanese Foreign Minister Ken Ito. | GBR/smith NGA/musa-bello JPN/ken-ito GBR/catherine-jones
            an exercise's name is no one; "of the United States" after a name | 2024-03-15 | General Jan Nowak of Poland met General Tom Vance of the United States in Mons on Thursday. They first met during exercise Steadfast Defender in February. | POL/jan-nowak USA/tom-vance
            a title-case headline's verb after a name is no part of it | 2017-07-05 | PM Cohen and Indian PM Rao Issue Joint Statements\\n\\nIsraeli Prime Minister Avi Cohen and Indian Prime Minister Ravi Rao met in Jerusalem on Wednesday. | ISR/avi-cohen IND/ravi-rao
            a header line "Presidency of the Republic of X" makes the release X's | 2025-05-09 | President Ruiz will travel to China\\n\\nPresidency of the Republic of Colombia\\nPress Office\\nBogota, May 9, 2025\\n\\nThe President of the Republic, Mario Ruiz Pena, received Minister of Foreign Relations Ana Soto in Bogota on Thursday before the trip. | COL/mario-ruiz-pena COL/ana-soto
            a national agency where a dateline's place stands ("VGP – ") | 2017-07-27 | PM receives Malaysian minister\\n\\nJuly 27, 2017\\n\\nVGP – Prime Minister Tran Van Minh received visiting Malaysian Minister of Foreign Affairs Ali Hassan in Ha Noi on Thursday afternoon, with Deputy Prime Minister Le Van Thanh attending the talks. | VNM/tran-van-minh MYS/ali-hassan VNM/le-van-thanh
            a national agency named in a header line ("By KBC Digital"); a country named as its capital ("Djibouti's") | 2025-02-15 | Youssouf wins AU top seat\\n\\nBy KBC Digital\\nPublished on: February 15, 2025\\n\\nFormer Prime Minister Raila Odinga congratulated Djibouti's Foreign Minister Ali Hamid on Saturday, after the vote. | KEN/raila-odinga DJI/ali-hamid
            a country that owns what follows places no one ("Cameron of Argentina's") | 2024-02-22 | Mondino tells Cameron of Argentina's discomfort\\n\\nArgentine Foreign Minister Diana Mondino met British Foreign Secretary David Cameron in Rio on Wednesday. | ARG/diana-mondino GBR/david-cameron
            a name placed nowhere, met by an official of one of the headline's two countries: of the other | 2025-01-14 | The Poland-Slovakia Summits: A Decade of Turning Up\\n\\nThe summits of the two neighbours, held alternately in each country since 2015, have never been a formality, and the record of the last ten years shows why they matter to both capitals. Tomasz Kowal and Slovak President Peter Hruby met in Bratislava on 5 May 2015 and agreed on a new border crossing. | POL/tomasz-kowal SVK/peter-hruby
            a name placed nowhere, met by an official of one of the first meeting's two countries: of the other; a billionaire is no official | 2023-12-07 | ATHENS, Dec 7 (Wire) - Greek Prime Minister Kostas Petrou hosted Turkish President Mehmet Aydin in Athens on Thursday, their first meeting in a year and a sign of better ties. Nikos Dimas held talks with Turkish Foreign Minister Ali Kaya in Ankara last month, and Foreign Minister Eleni Vlachou met Aydin. Aydin also spent time with the billionaire Tom Rich. | GRC/kostas-petrou TUR/mehmet-aydin GRC/nikos-dimas TUR/ali-kaya GRC/eleni-vlachou
            "No" after a rank is a Korean family name; "e" joins a Portuguese family name | 2024-06-20 | Russian Defence Minister Ivan Petrov held talks in Pyongyang with Army General No Kwang Chol, who told him there was no doubt about the treaty. Brazilian Defence Minister Joaquim Silva e Luna met Petrov later. | RUS/ivan-petrov PRK/no-kwang-chol BRA/joaquim-silva-e-luna
            a function word that is a family name (To Lam), not a title-case headline verb | 2024-06-20 | Putin To Visit Hanoi\\n\\nVladimir Putin and President of the Socialist Republic of Vietnam To Lam held talks in Hanoi. Vietnamese Prime Minister An Minh Tuan met President To Lam later. | RUS/vladimir-putin VNM/to-lam VNM/an-minh-tuan
            whom a journey to a city goes to meet      | 2024-06-20 | NATO Secretary General Piet Smit will visit Kyiv on Friday to meet President Oleh Bondar. The two last met at the NATO Summit in Vilnius in July 2023. | NATO/piet-smit UKR/oleh-bondar
            whom a visitor brought with him            | 2024-08-01 | At the invitation of Prime Minister Ravi Kumar, Prime Minister Tran Van Nam of Vietnam paid a State Visit to India. Prime Minister Tran Van Nam was accompanied by a high-level delegation including Deputy Prime Minister Le Van Hai. | IND/ravi-kumar VNM/tran-van-nam VNM/le-van-hai
            the members a delegation included         | 2024-08-19 | The Russian delegation included Foreign Minister Ivan Petrov and Deputy Prime Minister Oleg Sidorov. | RUS/ivan-petrov RUS/oleg-sidorov
            the state inside a body he heads, not the dateline's | 2024-04-13 | SEOUL - Chinese official Zhao Wei held talks with Choe Ryong Hae, who heads the Standing Committee of North Korea's Supreme People's Assembly, on Friday. | CHN/zhao-wei PRK/choe-ryong-hae
            a first lady is no British peeress, nor an official | 2023-06-19 | U.S. President Tom Vance and First Lady Jill Vance received Prime Minister Ravi Kumar of India on Monday. | USA/tom-vance IND/ravi-kumar
            a known leader by his short name; ministers of the side named after them | 2023-04-14 | Brazilian President Luiz Inacio Lula da Silva held talks with Chinese President Xi Jinping in Beijing. Finance Minister Paulo Mendes and Foreign Minister Rui Costa took part in the talks on the Brazilian side. Earlier in the day Lula met Premier Li Qiang. | BRA/luiz-inacio-lula-da-silva CHN/xi-jinping BRA/paulo-mendes BRA/rui-costa CHN/li-qiang
            met on the day of a meeting placed abroad: of that place, not of the dateline | 2019-08-16 | SHAPE, Belgium - General Tom Vance paid a visit to Finland on Aug. 14, 2019, where General Timo Kivinen hosted him in Helsinki. In the course of the day, General Vance held separate meetings with Prime Minister Antti Rinne and with the Minister of Defence, Antti Kaikkonen. | USA/tom-vance FIN/timo-kivinen FIN/antti-rinne FIN/antti-kaikkonen
            a minister in a US release is not American: of the country of the first meeting of the publisher abroad | 2012-09-21 | Readout of the Secretary of Defense Meeting With New Zealand Minister of Defence Ann Smith\\n\\nPentagon Press Secretary John Doe provided the following readout:\\n\\nSecretary of Defense Tom Vance met with New Zealand Minister of Defence Ann Smith on Sept. 21. He had met Japanese Defense Minister Ken Ito in Tokyo on Monday. The Secretary looks forward to seeing Prime Minister Ken Hill tomorrow. | USA/tom-vance USA/john-doe NZL/ann-smith JPN/ken-ito NZL/ken-hill
            a known person met only years before: of his post then | 2025-04-09 | NATO Secretary General Mark Rutte met Japanese Prime Minister Shigeru Ishiba in Tokyo on Wednesday. The last such visit was in January 2023, when Jens Stoltenberg held talks in Tokyo with Prime Minister Fumio Kishida. | NATO/mark-rutte JPN/shigeru-ishiba NATO/jens-stoltenberg JPN/fumio-kishida
            a meeting of several countries abroad hosts no one: not of the venue | 2017-06-03 | In May 2015 Minister for Defence Jim Clark met Secretary of Defense Tom Vance and Japanese Defense Minister Ken Ito in Singapore. | USA/tom-vance JPN/ken-ito XXX/jim-clark
            a headline's surname then the full name written family first, its last syllable apart: one person | 2019-12-20 | Abe and Moon meet in Tokyo\\n\\nSouth Korean President Moon Jae In met Japanese Prime Minister Shinzo Abe in Tokyo on Monday. Moon said the talks went well. | KOR/moon-jae-in JPN/shinzo-abe
            a programme after of and a country possessive is no one | 2025-02-07 | Secretary of Defense Tom Vance and Australian Defence Minister Ken Ito discussed cooperation in support of Australia's Guided Weapons and Explosive Ordnance enterprise. | USA/tom-vance AUS/ken-ito
            met during a visit the story opens with: of the country visited | 2023-09-14 | NATO Deputy Secretary General Tom Vance is visiting Chisinau on 14 and 15 September. On Thursday Mr Vance held talks with Prime Minister Ion Popa. | NATO/tom-vance MDA/ion-popa
            a place written with other diacritics is the same place | 2023-09-14 | Polish Foreign Minister Radoslaw Sikorski held talks in Chişinău on Thursday with Foreign Minister Ana Popa. | POL/radoslaw-sikorski MDA/ana-popa
            a programme's name in capitals is no one  | 2023-11-03 | Japanese Prime Minister Ken Ito and Philippine President Maria Santos signed notes on Japan's first Official Security Assistance. | JPN/ken-ito PHL/maria-santos
            a government's own release; a headline's second verb is no one | 2024-03-14 | Minister Archer Meets Polish Counterpart, Closes Out Europe Trip\\n\\nAustralian Government, Defence Ministers\\n\\nToday the Hon Tom Archer, Minister for Defence, met Polish Defence Minister Jan Kowal in Warsaw. | AUS/tom-archer POL/jan-kowal
            an ambassador to a country is not of it: the publisher's in its release | 2021-05-20 | Deputy Secretary Sherman's Meeting with Georgian Prime Minister Garibashvili\\n\\nOffice of the Spokesperson\\n\\nDeputy Secretary of State Wendy Sherman met Georgian Prime Minister Irakli Garibashvili in Tbilisi today, together with the Ambassador to Georgia, Kelly Degnan. | USA/wendy-sherman GEO/irakli-garibashvili USA/kelly-degnan
            a post's portfolio after "for" is no name ("… for Management and Resources Tom Vance") | 2024-06-14 | Press release\\n\\nOffice of the Spokesperson\\n\\nDeputy Secretary of State for Management and Resources Tom Vance and Under Secretary of State for Arms Control and International Security Ann Smith met Polish Foreign Minister Radoslaw Sikorski in Warsaw. | USA/tom-vance USA/ann-smith POL/radoslaw-sikorski
            an ambassador in a capital is not of its country    | 2017-02-24 | On 31 October, the British Ambassador in Warsaw, Tom Archer, handed Polish Prime Minister Ewa Nowak the instrument. | GBR/tom-archer POL/ewa-nowak
            a portfolio of regions and a special envoy's are no names | 2024-11-12 | Last month, the Minister for Europe, North America and Overseas Territories, Tom Archer, held talks in London with Ivan Petrov, Representative of the President of Azerbaijan for Special Assignments. | GBR/tom-archer AZE/ivan-petrov
            an ambassador to the country of the story's capital is still not of it | 2023-08-30 | Foreign Secretary visits China\\n\\nFrom:\\nForeign, Commonwealth & Development Office\\n\\nPublished\\n30 August 2023\\n\\nThe Foreign Secretary, Tom Archer, was in Beijing today, where he met Chinese Vice President Li Wei. His Majesty's Ambassador to China, Dame Ann Baker, accompanied the Foreign Secretary. | GBR/tom-archer CHN/li-wei GBR/ann-baker
            a ministry's own release, from its name in a header line | 2024-03-14 | Minister Baker travels to Warsaw\\n\\nFrom: Global Affairs Canada\\n\\nToday, the Honourable Ann Baker, Minister of Foreign Affairs, met with Polish Foreign Minister Jan Kowal. | CAN/ann-baker POL/jan-kowal
            "A and B last held talks in Istanbul": counterparts, so B does not share A's country | 2022-10-27 | Cavusoglu holds talks in Ghana\\n\\n27.10.2022\\n\\nCOTONOU, Benin\\n\\nTurkish Foreign Minister Mevlut Cavusoglu visited West Africa this week.\\n\\nOn Wednesday, Cavusoglu was in the Ghanaian capital Accra.\\n\\nHe held talks with Foreign Minister Ama Boateng.\\n\\nCavusoglu and Boateng last held talks in Istanbul in January 2020. | TUR/mevlut-cavusoglu GHA/ama-boateng
            a title after a titled name, then honorifics and a name, is the next name's | 2024-08-20 | At the invitation of Prime Minister Shri Ravi Kumar, the Prime Minister of Malaysia, His Excellency Dato' Seri Hamid Rahman, is paying a State Visit to India from 19 to 21 August 2024. | IND/ravi-kumar MYS/hamid-rahman
            a side's ministers listed with portfolios of their own "of", "and" and commas | 2022-08-22 | The talks followed a meeting at which the Canadian side was represented by Minister of Foreign Affairs Ann Baker, Minister of Innovation, Science and Industry Paul Roy and Minister of Natural Resources Tom Archer. | CAN/ann-baker CAN/tom-archer
            a pope by his one name or his name and number, as the office holders' table knows him, not of the dateline | 2025-05-18 | ROME, May 18 (Wire) - Pope Leo XIV received Prime Minister Tom Archer of Canada at the Vatican on Sunday. In February 2024 Pope Francis received President Ana Ruiz of Argentina. | VAT/leo CAN/tom-archer VAT/francis ARG/ana-ruiz
            """)
    void contextScopes(String why, LocalDate published, String article, String ids) {
        FactSet facts = EXTRACTOR.extract(article.replace("\\n", "\n"), "t", published);
        assertThat(officials(facts)).containsExactlyInAnyOrder(ids.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a real person the text does not place: the country the office holders' table or the Phoenix dictionary gives his whole name")
    @CsvSource(delimiter = '|', textBlock = """
            his host country, not another president's | 2022-07-27 | Russian Foreign Minister Sergei Lavrov met Egyptian President Abdel Fattah al-Sisi in Cairo on Sunday. On Tuesday he was the guest of President Yoweri Museveni in Entebbe. | RUS/sergei-lavrov EGY/abdel-fattah-al-sisi UGA/yoweri-museveni
            the name within a longer spelling (Mauro Luiz Iecker Vieira) | 2023-01-23 | Brazilian President Lula met Argentine President Alberto Fernandez in Buenos Aires on Monday, joined by Mauro Vieira. | BRA/lula ARG/alberto-fernandez BRA/mauro-vieira
            a former leader named without his country | 2023-01-04 | Former president Gloria Macapagal Arroyo met Xi Jinping in Beijing on Tuesday. | PHL/gloria-macapagal-arroyo CHN/xi-jinping
            a defence minister of 2019-2023 (the office holders' table) | 2022-05-10 | U.S. Secretary of Defense Lloyd Austin held talks with Antti Kaikkonen in Washington on Tuesday. | USA/lloyd-austin FIN/antti-kaikkonen
            a foreign minister of 2024 (the office holders' table) | 2025-03-10 | Foreign Minister Ronald Lamola met Secretary of State Marco Rubio in Washington on Tuesday. | ZAF/ronald-lamola USA/marco-rubio
            the text's country first                  | 2022-07-27 | Kenyan Foreign Minister Yoweri Museveni met Russian Foreign Minister Sergei Lavrov in Entebbe on Tuesday. | KEN/yoweri-museveni RUS/sergei-lavrov
            """)
    void dictionaryCountries(String why, LocalDate published, String sentence, String ids) {
        FactSet facts = EXTRACTOR.extract(sentence, "t", published);
        assertThat(officials(facts)).containsExactlyInAnyOrder(ids.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @DisplayName("roles: the body a title implies, the counterpart's own post, the publisher's body for a bare title")
    @CsvSource(delimiter = '|', textBlock = """
            2023-02-14 | Secretary of Defense Tom Vance met his Italian counterpart, Marco Bianchi, in Rome on Monday.         | USA/tom-vance USA/department-of-defense, ITA/marco-bianchi ITA/ministry-of-defense
            2023-02-14 | Foreign Secretary Jane Doe met Foreign Minister Ali Hassan of Jordan in London. Secretary Doe spoke. | GBR/jane-doe GBR/ministry-of-foreign-affairs, JOR/ali-hassan JOR/ministry-of-foreign-affairs
            2023-02-14 | Press release\\n\\nOffice of the Spokesperson\\n\\nSpokesperson Ann Smith said Secretary of State Tom Vance met Kenyan President William Ruto on Monday. | USA/ann-smith USA/department-of-state, USA/tom-vance USA/department-of-state, KEN/william-ruto KEN
            2022-09-16 | Vladimir Putin met Turkish President Recep Tayyip Erdogan in Samarkand on Friday.                    | RUS/vladimir-putin RUS, TUR/recep-tayyip-erdogan TUR
            2023-11-10 | The Defence Minister of India, Shri Ravi Kumar, welcomed the U.S. Secretary of State, Tom Vance, today. | IND/ravi-kumar IND/ministry-of-defense, USA/tom-vance USA/department-of-state
            2023-06-05 | Press release\\n\\nOffice of the Spokesperson\\n\\nSecretary of State Tom Vance will travel to Riyadh, after National Security Advisor Ann Smith met Crown Prince Faisal Saud of Saudi Arabia in May. | USA/tom-vance USA/department-of-state, USA/ann-smith USA, SAU/faisal-saud SAU
            2023-07-14 | Treasury Secretary Jane Roe met Chancellor of the Exchequer John Smith in London on Thursday. | USA/jane-roe USA/department-of-the-treasury, GBR/john-smith GBR/ministry-of-finance
            2023-07-14 | Foreign Ministers Jane Roe of Ghana and John Smith of Kenya met in Accra. Presidents Ann Smith of Ghana, Tom Vance of Kenya and Ali Hassan of Togo attended. | GHA/jane-roe GHA/ministry-of-foreign-affairs, KEN/john-smith KEN/ministry-of-foreign-affairs, GHA/ann-smith GHA, KEN/tom-vance KEN, TGO/ali-hassan TGO
            2023-06-19 | New Delhi, Jun 19 (PTI) Foreign Secretary Anil Rao briefed reporters on the visit of President Tom Vance of the United States. | IND/anil-rao IND/ministry-of-foreign-affairs, USA/tom-vance USA
            2023-03-17 | Foreign Ministry Spokesperson Announces President Li Wei's State Visit to Russia\\n\\nBeijing, 17 March 2023\\n\\nChinese Foreign Ministry Spokesperson Hua Ming said that President Li Wei of China will visit Russia. | CHN/hua-ming CHN/ministry-of-foreign-affairs, CHN/li-wei CHN
            2024-10-03 | Mark Rutte succeeded Knut Berg, who led the Alliance for ten years, on 1 October.                 | NATO/knut-berg NATO, NATO/mark-rutte NATO
            2023-09-05 | Indonesian President Ari Wibowo, who chairs ASEAN this year, met Japanese Prime Minister Ken Ito in Jakarta. | IDN/ari-wibowo IDN, JPN/ken-ito JPN
            2023-04-11 | Secretary of State Tom Vance received Carlos Reyes, who was then in charge of the Philippine Department of National Defense. | USA/tom-vance USA/department-of-state, PHL/carlos-reyes PHL/ministry-of-defense
            2017-05-05 | The Minister of State for the Caribbean, the Commonwealth and the UN, Baroness (Jane) Roe of Kew, travelled to Trinidad and Tobago. | GBR/jane-roe GBR/ministry-of-foreign-affairs
            2024-02-26 | Moroccan Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Omar Idrissi, met French Foreign Minister Jean Martin. | MAR/omar-idrissi MAR/ministry-of-foreign-affairs, FRA/jean-martin FRA/ministry-of-foreign-affairs
            2025-05-09 | Chinese Premier Li Wenbo met the Colombian Minister of Finance and Public Credit, Germán Ávila Plazas, in Beijing. | CHN/li-wenbo CHN, COL/german-avila-plazas COL/ministry-of-finance-and-public-credit
            2024-08-20 | Japanese Defence Minister Ken Ito was received by Raksha Mantri Shri Ravi Kumar in New Delhi.    | JPN/ken-ito JPN/ministry-of-defense, IND/ravi-kumar IND/ministry-of-defense
            2024-06-02 | Ali Demir met Li Wenbo, Member of the Political Bureau of the Central Committee of the Communist Party of China and Minister of Foreign Affairs, on Monday. | CHN/li-wenbo CHN/ministry-of-foreign-affairs
            2023-07-29 | Defence Minister Ivan Petrov of Russia met Li Wenbo, a member of the ruling party's Politburo and a vice chairman of China's parliament, on Friday. | RUS/ivan-petrov RUS/ministry-of-defense, CHN/li-wenbo CHN/parliament
            2023-12-21 | Secretary of Defense Tom Vance met General Liu Wei, chief of the Joint Staff Department of China's Central Military Commission, in Beijing. | USA/tom-vance USA/department-of-defense, CHN/liu-wei CHN/general-staff
            2025-05-07 | The Chancellor met the President of the European Council, Piotr Novak, the President of the European Commission, Eva Berg, and the Secretary General of NATO, Piet Smit. | EU/piotr-novak EU/european-council, EU/eva-berg EU/european-commission, NATO/piet-smit NATO
            2023-07-29 | Defence Minister Ivan Petrov of Russia held talks with Pak Chol Su, his North Korean counterpart, on Thursday. | RUS/ivan-petrov RUS/ministry-of-defense, PRK/pak-chol-su PRK/ministry-of-defense
            2023-06-04 | Defence Minister Lee Min-ho of South Korea met Ken Ito, who was Japan's defense minister at the time, in Bangkok in 2019. | KOR/lee-min-ho KOR/ministry-of-defense, JPN/ken-ito JPN/ministry-of-defense
            2024-08-23 | Prime Minister Ravi Kumar of India arrived in Kyiv on Friday. Prime Minister and President Ivan Bondar of Ukraine held talks in Kyiv on Friday. | IND/ravi-kumar IND, UKR/ivan-bondar UKR
            2023-08-31 | Turkish Foreign Minister Ali Demir met Ivan Petrov. In 2022 Petrov held talks with Demir's predecessor, Veli Kaya, in Ankara. | TUR/ali-demir TUR/ministry-of-foreign-affairs, TUR/veli-kaya TUR/ministry-of-foreign-affairs
            2024-04-23 | Speaking in Warsaw alongside NATO Secretary General Piet Smit, the Prime Minister said the alliance must spend more. | NATO/piet-smit NATO
            2024-06-11 | Russian President Ivan Petrov met Russian Minister of Trade Oleg Sidorov on Monday.       | RUS/ivan-petrov RUS, RUS/oleg-sidorov RUS/ministry-of-trade
            2023-04-28 | Indian Defence Minister Ravi Kumar held separate meetings with his counterparts from the grouping, Iran's Ali Karimi, Kazakhstan's Col Gen Nurlan Bekov and Belarus's Oleg Sidorov. | IND/ravi-kumar IND/ministry-of-defense, IRN/ali-karimi IRN/ministry-of-defense, KAZ/nurlan-bekov KAZ/ministry-of-defense, BLR/oleg-sidorov BLR/ministry-of-defense
            2017-08-14 | Marine Corps Gen. Tom Vance, the chairman of the Joint Chiefs of Staff, held talks with Army Gen. Lee Min-ho, the chairman of the South Korean Joint Chiefs of Staff. | USA/tom-vance USA/joint-chiefs-of-staff, KOR/lee-min-ho KOR/general-staff
            2024-06-04 | South Korean President Lee Min-ho received Mozambique's Filipe Santos and Sao Tome and Principe's Carlos Nova on Monday. | KOR/lee-min-ho KOR, MOZ/filipe-santos MOZ, STP/carlos-nova STP
            2024-09-14 | British Minister for the Indo-Pacific Catherine Jones met Chinese Vice Foreign Minister Sun Li. British Minister of State for Africa Tom Hill was there. | GBR/catherine-jones GBR/ministry-of-foreign-affairs, CHN/sun-li CHN/ministry-of-foreign-affairs, GBR/tom-hill GBR/ministry-of-foreign-affairs
            2018-12-06 | Ivan Petrov held talks with Minister of People's Power for Defence of the Bolivarian Republic of Venezuela Jose Marin. | VEN/jose-marin VEN/ministry-of-defense
            2013-04-23 | Secretary of Defense Tom Vance was hosted by Gen. Liu Wei, the chief of the general staff of the People's Liberation Army. | USA/tom-vance USA/department-of-defense, CHN/liu-wei CHN/general-staff
            2024-03-19 | Secretary of State Tom Vance met Philippine Foreign Secretary Jose Cruz.\\n\\nQUESTION: Secretary Vance, Japan's foreign minister had been expected to join you. | USA/tom-vance USA/department-of-state, PHL/jose-cruz PHL/ministry-of-foreign-affairs
            2012-09-27 | Danish Gen. Lars Holm, the chairman of the NATO Military Committee, met Tom Vance, chairman of the Joint Chiefs of Staff. | NATO/lars-holm NATO/military-committee, USA/tom-vance USA/joint-chiefs-of-staff
            2025-05-22 | South African Agriculture Minister John Smith, who leads the Democratic Alliance, met Secretary of State Tom Vance. Of NATO's partners, only Japan came. | ZAF/john-smith ZAF/ministry-of-agriculture, USA/tom-vance USA/department-of-state
            2022-12-19 | Ivan Petrov held talks in Minsk. Taking part on the Russian side were Deputy Prime Minister Oleg Sidorov and Energy Minister Pavel Orlov; on the Belarusian side, Foreign Minister Viktor Lis. | RUS/oleg-sidorov RUS, RUS/pavel-orlov RUS/ministry-of-energy, BLR/viktor-lis BLR/ministry-of-foreign-affairs
            2023-10-10 | Petrov, Iraqi premier hold first talks\\n\\nRussian President Ivan Petrov held talks in Moscow with Iraqi Prime Minister Ali Hassan. | RUS/ivan-petrov RUS, IRQ/ali-hassan IRQ
            2021-12-06 | As you know, Secretary Austin got back over the weekend. He has not spoken to Minister Shoigu. | USA/austin USA/department-of-defense, RUS/shoigu RUS/ministry-of-defense
            2022-12-13 | The meeting between the then Foreign Secretary, Tom Archer, and Kazakhstan's Foreign Minister at the time, Ali Nurlan, ended with a statement. | GBR/tom-archer GBR/ministry-of-foreign-affairs, KAZ/ali-nurlan KAZ/ministry-of-foreign-affairs
            2023-09-16 | The Supreme Allied Commander Transformation, General Marc Duval, met the Directorate of Defence Policy and the heads of the Revolution Museum. | FRA/marc-duval NATO/allied-command-transformation
            2021-03-15 | He then met the Deputy Supreme Allied Commander Europe, General Sir Tom Hale, and Paul Roux, the supreme allied commander for transformation. | GBR/tom-hale NATO/shape, FRA/paul-roux NATO/allied-command-transformation
            2024-10-22 | The ministerial was the first chaired by Secretary General Mark Rutte, the former Dutch prime minister. | NATO/mark-rutte NATO, NATO/mark-rutte NLD
            2024-07-18 | Joint Staff Spokesperson Col. Tom Hale provided the following readout. | USA/tom-hale USA/joint-chiefs-of-staff
            2014-11-07 | Afghan President Ali Karimi later held talks with Afghan Chief Executive Omar Rahimi in Kabul. | AFG/ali-karimi AFG, AFG/omar-rahimi AFG
            """)
    void roles(LocalDate published, String article, String roles) {
        FactSet facts = EXTRACTOR.extract(article.replace("\\n", "\n"), "t", published);
        List<String> found = facts.represents().stream()
                .filter(r -> facts.actor(r.who()).map(a -> a.kind() == ActorKind.OFFICIAL).orElse(false))
                .map(r -> r.who() + " " + r.body()).toList();
        assertThat(found).containsExactlyInAnyOrder(roles.split(", "));
    }

    private static List<String> officials(FactSet facts) {
        return facts.actors().stream().filter(a -> a.kind() == ActorKind.OFFICIAL).map(Actor::id).map(Object::toString).toList();
    }
}
