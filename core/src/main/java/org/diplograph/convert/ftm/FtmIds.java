package org.diplograph.convert.ftm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ids and marks Diplograph gives FollowTheMoney entities: ids are SHA-1 hashes (40 hex digits, the form FtM
 * tools make) of what identifies the thing in Diplograph (an actor's id; a role's holder, body and title; a
 * meeting's pair and date), so they are the same from run to run; and each actor's entity carries its
 * Diplograph id as a keyword ({@code diplograph:AZE/najmeddin-sadikov}) so that reading the export back finds it.
 */
public final class FtmIds {

    /** What a keyword holding a Diplograph id starts with. */
    public static final String KEYWORD_PREFIX = "diplograph:";

    private FtmIds() {
    }

    /**
     * @param kind  what the entity stands for ({@code actor}, {@code position}, {@code occupancy}, {@code meeting}, …)
     * @param parts what identifies it in Diplograph
     * @return the entity id
     */
    public static String of(String kind, String... parts) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("diplograph\u001f" + kind).getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                sha1.update((byte) 0x1f);
                sha1.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java lacks SHA-1.", e);
        }
    }

    /**
     * @param actorId a Diplograph actor id
     * @return the keyword that carries it
     */
    public static String keyword(String actorId) {
        return KEYWORD_PREFIX + actorId;
    }
}
