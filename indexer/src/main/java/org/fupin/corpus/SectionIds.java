package org.fupin.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stable section ids: a hash of the file name, chapter title, heading and body, so re-indexing the same text gives
 * the same ids, and inserting a section elsewhere does not renumber the others.
 */
final class SectionIds {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The id of a section; a repeated identical section in the same chapter gets a numeric suffix. */
    String idFor(String file, String chapter, String heading, String body) {
        String base = hash(file + '\u0000' + chapter + '\u0000' + heading + '\u0000' + body);
        int count = seen.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + count;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
