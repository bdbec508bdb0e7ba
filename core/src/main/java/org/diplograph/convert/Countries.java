package org.diplograph.convert;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.diplograph.model.ActorId;
import org.diplograph.model.Country;
import org.diplograph.names.NameKeys;

/**
 * Countries by ISO 3166-1 alpha-3 code, found from what peers' files write: ICEWS names ("Russian Federation"),
 * CAMEO codes ({@code ROM}, {@code KSV}), ISO alpha-3 and alpha-2 codes, and FollowTheMoney's country codes
 * ({@code ru}, {@code suhh}). The data is {@code countries.tsv} and {@code cameo-countries.tsv}.
 */
public final class Countries {

    private static final Countries BUILT_IN = new Countries();

    private final Map<String, String[]> byIso3 = new HashMap<>();
    private final Map<String, String> iso3ByName = new HashMap<>();
    private final Map<String, String> iso3ByIso2 = new HashMap<>();
    private final Map<String, String> iso3ByFtm = new HashMap<>();
    private final Map<String, String> iso3ByCameo = new HashMap<>();

    private Countries() {
        for (String[] row : DataFiles.rows("countries.tsv")) {
            String iso3 = row[0];
            byIso3.put(iso3, row);
            if (!row[1].isEmpty()) {
                iso3ByIso2.put(row[1], iso3);
            }
            if (!row[2].isEmpty()) {
                iso3ByFtm.put(row[2], iso3);
            }
            iso3ByName.putIfAbsent(NameKeys.fold(row[3]), iso3);
            for (String alias : row[4].split("\\|")) {
                if (!alias.isBlank()) {
                    iso3ByName.putIfAbsent(NameKeys.fold(alias), iso3);
                }
            }
        }
        for (String[] row : DataFiles.rows("cameo-countries.tsv")) {
            iso3ByCameo.put(row[0], row[1]);
        }
    }

    /** @return the countries of the data files shipped with Diplograph */
    public static Countries builtIn() {
        return BUILT_IN;
    }

    /**
     * @param iso3 a code
     * @return whether it is a country's ISO alpha-3 code (current, or historic like {@code SUN})
     */
    public boolean isIso3(String iso3) {
        return byIso3.containsKey(iso3);
    }

    /**
     * @param name a country's name in any of its usual forms ({@code Russian Federation}, {@code Russia}), or its ISO alpha-3 code
     * @return its ISO alpha-3 code
     */
    public Optional<String> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.strip();
        if (byIso3.containsKey(trimmed)) {
            return Optional.of(trimmed);
        }
        return Optional.ofNullable(iso3ByName.get(NameKeys.fold(trimmed)));
    }

    /**
     * @param code a CAMEO country code ({@code RUS}, {@code ROM}, {@code KSV})
     * @return the country's ISO alpha-3 code; empty for regions ({@code AFR}, {@code WST}) and unknown codes
     */
    public Optional<String> byCameo(String code) {
        if (code == null || code.length() != 3) {
            return Optional.empty();
        }
        String mapped = iso3ByCameo.get(code);
        if (mapped != null) {
            return Optional.of(mapped);
        }
        return byIso3.containsKey(code) ? Optional.of(code) : Optional.empty();
    }

    /**
     * @param code a FollowTheMoney country code ({@code ru}, {@code suhh}) or an ISO alpha-2 code in either case
     * @return the country's ISO alpha-3 code
     */
    public Optional<String> byFtmCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(java.util.Locale.ROOT);
        String found = iso3ByFtm.get(lower);
        return Optional.ofNullable(found != null ? found : iso3ByIso2.get(lower.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * @param iso3 an ISO alpha-3 code
     * @return FollowTheMoney's code for it (ISO alpha-2 in lower case, or FtM's own for former states), when it has one
     */
    public Optional<String> ftmCode(String iso3) {
        String[] row = byIso3.get(iso3);
        return row == null || row[2].isEmpty() ? Optional.empty() : Optional.of(row[2]);
    }

    /**
     * @param iso3 an ISO alpha-3 code
     * @return the country's display name, or the code itself for a code we do not know
     */
    public String name(String iso3) {
        String[] row = byIso3.get(iso3);
        return row == null ? iso3 : row[3];
    }

    /**
     * @param iso3 an ISO alpha-3 code
     * @return the country as an actor
     */
    public Country country(String iso3) {
        return new Country(ActorId.of(iso3), name(iso3), java.util.List.of());
    }

    /**
     * @param text a name
     * @return whether it is the name of a country (then it is no person's)
     */
    public boolean isCountryName(String text) {
        return iso3ByName.containsKey(NameKeys.fold(text));
    }
}
