package org.diplograph.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON shape of a gazetteer file: every section is optional, so a user's file may hold only
 * the entries it adds. The built-in resources under {@code org/diplograph/extract/} use the same shape.
 *
 * @param countries    countries by ISO alpha-3 code, with names, demonyms, capitals and other cities
 * @param alliances    alliances and international organisations by acronym
 * @param bodies       named ministries, commands and staffs with a fixed id ({@code USA/european-command})
 * @param bodyPatterns bodies every country has ({@code Ministry of Defense}), resolved to {@code <scope>/<slug>}
 * @param titles       titles and the body they belong to
 * @param titleWords   words that make a phrase a title (minister, commander, …)
 * @param titleModifiers words that may precede a title (deputy, first, acting, …)
 * @param ranks        military ranks and honorifics written before a name
 * @param nonNames     capitalised words that never start or continue a person's name
 * @param officials    people known by id, with their spellings
 * @param roles        who held a title in a body, and when
 * @param people       people whose country or alliance is known, and the role they held when: the scope of an
 *                     article's person of that name when the text gives none (the id still follows the article)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record GazetteerDoc(List<CountryDoc> countries, List<AllianceDoc> alliances, List<BodyDoc> bodies,
                    List<BodyPatternDoc> bodyPatterns, List<TitleDoc> titles, List<String> titleWords,
                    List<String> titleModifiers, List<String> ranks, List<String> nonNames,
                    List<OfficialDoc> officials, List<RoleDoc> roles, List<PersonDoc> people) {

    /**
     * @param code      ISO 3166-1 alpha-3
     * @param name      display name
     * @param aliases   other names
     * @param demonyms  adjectives (Azerbaijani, Azeri)
     * @param capitals  capitals, also read as metonyms for the country (Baku-Moscow relations)
     * @param cities    other cities, places only
     * @param seats     seats of government that stand for its leadership ("the Kremlin", "the White House"):
     *                  the country of a "Kremlin spokesman", and the publisher of a page that names it in its header
     * @param newsAgencies its national news agencies as datelines name them ("SEOUL, June 4 (Yonhap) -"): whose officials
     *                  an agency's story names without a country are, when nothing else tells
     */
    record CountryDoc(String code, String name, List<String> aliases, List<String> demonyms,
                      List<String> capitals, List<String> cities, List<String> seats, List<String> newsAgencies) {
    }

    /**
     * @param code    acronym id
     * @param name    display name
     * @param aliases other names
     */
    record AllianceDoc(String code, String name, List<String> aliases) {
    }

    /**
     * @param id      full id, {@code <scope>/<slug>}
     * @param name    display name
     * @param aliases other names
     * @param pattern the body pattern this body is for its country ({@code USA/department-of-defense} is the
     *                United States' {@code ministry-of-defense}), or null
     */
    record BodyDoc(String id, String name, List<String> aliases, String pattern) {
    }

    /**
     * @param slug    the id part after the scope
     * @param name    display name, completed with {@code of <country>}
     * @param aliases the phrases that name it
     */
    record BodyPatternDoc(String slug, String name, List<String> aliases) {
    }

    /**
     * @param title    canonical title
     * @param aliases  phrases that name it (case does not matter)
     * @param body     a fixed body id or alliance/country code, or null
     * @param bodySlug a scope-relative body slug, or null; with neither, the holder represents his country or alliance
     * @param country  the country whose officials bear this title when the text names none ("Secretary of
     *                 Defense" is American, "Foreign Secretary" British), or null
     * @param alsoIn   other countries whose officials bear it ("Foreign Secretary" in India and Pakistan): in a story
     *                 datelined or published there, the title is of that country; may be null
     */
    record TitleDoc(String title, List<String> aliases, String body, String bodySlug, String country, List<String> alsoIn) {
    }

    /**
     * @param id      official id, {@code <scope>/<slug>}
     * @param name    display name
     * @param aliases other spellings
     * @param rank    rank, or null
     */
    record OfficialDoc(String id, String name, List<String> aliases, String rank) {
    }

    /**
     * @param title  the title as written in articles (SACEUR)
     * @param body   the body id ({@code NATO/shape}) or a country/alliance code
     * @param holder the official's id
     * @param name   the official's name
     * @param from   first day, {@code YYYY-MM-DD}/{@code YYYY-MM}/{@code YYYY}, or null
     * @param to     last day, or null while the role is held
     */
    record RoleDoc(String title, String body, String holder, String name, String from, String to) {
    }

    /**
     * A person whose country or alliance is known, in one role for one period; a person of several roles has
     * several entries.
     *
     * @param name     the name as usually written
     * @param aliases  other spellings
     * @param scope    the country or alliance code the person served in the role
     * @param title    the role's title, or null
     * @param body     the role's body id or country or alliance code, or null
     * @param bodySlug the role's body pattern (scope-relative), or null; with neither body, the scope itself
     * @param from     first day, {@code YYYY-MM-DD}/{@code YYYY-MM}/{@code YYYY}, or null
     * @param to       last day, or null while the role is held
     */
    record PersonDoc(String name, List<String> aliases, String scope, String title, String body, String bodySlug,
                     String from, String to) {
    }
}
