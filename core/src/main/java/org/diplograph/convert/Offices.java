package org.diplograph.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.Alliance;
import org.diplograph.model.Ministry;

/**
 * The bodies officials serve, read from what peers' files say: CAMEO actor codes ({@code RUSGOVMIL},
 * {@code IGOWSTNAT}), ICEWS sectors ({@code Foreign Ministry}) and titles ({@code Foreign Minister}).
 * The mappings are data: {@code offices.tsv}, {@code igo-codes.tsv}; countries come from {@link Countries}.
 */
public final class Offices {

    private static final Offices BUILT_IN = new Offices(Countries.builtIn());

    /** The ministry named by a word, and the ministry's display name. */
    private record Kind(String slug, String name) {
    }

    /**
     * A CAMEO actor code read.
     *
     * @param scope      the country (ISO alpha-3) or alliance id the code belongs to, or {@code null} when it names neither
     * @param body       the office it names, or {@code null} when it names none
     * @param notOffice  why it names no office ({@code ELI is not an office}), or {@code null} when it does
     * @param label      what the code says of its holder ({@code Government}, {@code Military}; an organisation's id), or {@code null}
     */
    public record CameoActor(String scope, Body body, String notOffice, String label) {
    }

    private final Countries countries;
    private final Map<String, Kind> afterGov = new HashMap<>();
    private final Map<String, Kind> heads = new HashMap<>();
    private final Map<String, Kind> words = new java.util.LinkedHashMap<>();
    private final Map<String, String[]> countryBodies = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String[]> organisations = new HashMap<>();

    private Offices(Countries countries) {
        this.countries = countries;
        for (String[] row : DataFiles.rows("offices.tsv")) {
            Kind kind = new Kind(row[2], row[3]);
            switch (row[0]) {
                case "cameo" -> afterGov.put(row[1], kind);
                case "cameo-head" -> heads.put(row[1], kind);
                case "word" -> words.put(row[1], kind);
                case "country" -> countryBodies.put(row[1] + "/" + row[2], row[3].split("\\|", 2));
                case "label" -> labels.put(row[1], row[3]);
                default -> throw new IllegalStateException("offices.tsv: unknown row kind " + row[0]);
            }
        }
        for (String[] row : DataFiles.rows("igo-codes.tsv")) {
            organisations.put(row[0], new String[] {row[1], row[2]});
        }
    }

    /** @return the mappings shipped with Diplograph */
    public static Offices builtIn() {
        return BUILT_IN;
    }

    /** @return the countries these offices belong to */
    public Countries countries() {
        return countries;
    }

    /**
     * @param iso3 a country
     * @return the country itself as a body
     */
    public Body country(String iso3) {
        return new Body(countries.country(iso3), null);
    }

    /**
     * @param iso3 a country
     * @param slug the ministry's id slug, like {@code ministry-of-defense}
     * @param name its name without the country, like {@code Ministry of Defense}
     * @return the ministry of that country (the U.S. Department of Defense for {@code USA})
     */
    public Body ministry(String iso3, String slug, String name) {
        String[] special = countryBodies.get(iso3 + "/" + slug);
        Ministry ministry = special != null
                ? new Ministry(ActorId.of(special[0]), special[1], List.of())
                : new Ministry(ActorId.of(iso3 + "/" + slug), name + " of " + countries.name(iso3), List.of());
        return new Body(countries.country(iso3), ministry);
    }

    /**
     * The ministry a sector or title names: {@code Foreign Ministry}, {@code Defense / Security Ministry},
     * {@code Foreign Minister}, {@code Secretary of Defense}.
     *
     * @param iso3 the country
     * @param text a sector or title
     * @return the ministry, when the text names a ministry (or minister or secretary) of a kind we know
     */
    public Optional<Body> ministryNamedBy(String iso3, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("minist") && !lower.contains("secretary") && !lower.contains("department")) {
            return Optional.empty();
        }
        java.util.Set<String> inText = new java.util.HashSet<>(java.util.Arrays.asList(lower.split("[^a-z]+")));
        // the table's order decides: "Secretary of State for Defence" is defence, "Department of State" foreign affairs
        for (Map.Entry<String, Kind> word : words.entrySet()) {
            if (inText.contains(word.getKey())) {
                return Optional.of(ministry(iso3, word.getValue().slug(), word.getValue().name()));
            }
        }
        return Optional.empty();
    }

    /**
     * @param code an IGO code like {@code IGOWSTNAT} or {@code IGOUNOKID}
     * @return the organisation of its longest listed prefix
     */
    public Optional<Alliance> organisation(String code) {
        for (int end = code.length(); end >= 6; end -= 3) {
            String[] found = organisations.get(code.substring(0, end));
            if (found != null) {
                return Optional.of(new Alliance(ActorId.of(found[0]), found[1], List.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a CAMEO actor code: a country ({@code RUS}) or organisation ({@code IGOWSTNAT}) and role codes.
     * {@code RUSGOV} is Russia itself, {@code RUSGOVMIL} its Ministry of Defense, {@code RUSMIL} its armed
     * forces; {@code RUSELI} (out of office), {@code RUSOPP} and the like are no office.
     *
     * @param code the code
     * @return what it names
     */
    public CameoActor cameo(String code) {
        if (code == null || code.length() < 3 || !isUpperLetters(code)) {
            return new CameoActor(null, null, "malformed code", null);
        }
        if (code.startsWith("IGO")) {
            Optional<Alliance> organisation = organisation(code);
            return organisation.map(a -> new CameoActor(a.id().value(), new Body(a, null), null, a.id().value()))
                    .orElseGet(() -> new CameoActor(null, null, "organisation code not known", null));
        }
        Optional<String> country = countries.byCameo(code.substring(0, 3));
        if (country.isEmpty()) {
            return new CameoActor(null, null, "no country in code", null);
        }
        String iso3 = country.get();
        int at = 3;
        // a territory after its country (GBRVGBGOV, USAPRIGOV): the office is the territory's
        for (Optional<String> territory = next(code, at); territory.isPresent(); territory = next(code, at)) {
            iso3 = territory.get();
            at += 3;
        }
        if (code.length() < at + 3) {
            return new CameoActor(iso3, null, "no role code", null);
        }
        String head = code.substring(at, at + 3);
        Kind kind = heads.get(head);
        if (kind == null) {
            return new CameoActor(iso3, null, head + " is not an office", null);
        }
        if (!"GOV".equals(head)) {
            return new CameoActor(iso3, ministry(iso3, kind.slug(), kind.name()), null, labels.get(head));
        }
        Kind ministry = code.length() >= at + 6 ? afterGov.get(code.substring(at + 3, at + 6)) : null;
        return new CameoActor(iso3, ministry == null ? country(iso3) : ministry(iso3, ministry.slug(), ministry.name()), null,
                labels.get(head));
    }

    /**
     * @param scope a country's ISO alpha-3 code or an alliance id
     * @return the state as an actor
     */
    public Actor state(String scope) {
        if (countries.isIso3(scope)) {
            return countries.country(scope);
        }
        return organisations.values().stream().filter(o -> o[0].equals(scope)).findFirst()
                .<Actor>map(o -> new Alliance(ActorId.of(o[0]), o[1], List.of()))
                .orElseGet(() -> new Alliance(ActorId.of(scope), scope, List.of()));
    }

    /** The country whose CAMEO code is at {@code at}, when one is and a role code could follow it. */
    private Optional<String> next(String code, int at) {
        return code.length() >= at + 3 && !heads.containsKey(code.substring(at, at + 3)) ? countries.byCameo(code.substring(at, at + 3))
                : Optional.empty();
    }

    private static boolean isUpperLetters(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
