package org.minping.moderation.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.OptionalLong;

/**
 * 64-bit SimHash of a comment over character bigrams of its normal form: comments that differ
 * in a few characters (a name swapped, punctuation added) get fingerprints a few bits apart, so
 * copy-and-paste campaigns are found without comparing texts pairwise.
 */
public final class SimHash {

    /** Comments shorter than this (in normalized characters) are not fingerprinted: "很好" is not a campaign. */
    public static final int MINIMUM_LENGTH = 20;
    /**
     * Fingerprints this many bits apart or fewer count as near-duplicates. Comments are short, so a
     * one-character edit moves a few bigrams out of a few dozen: more bits than in long documents.
     * Unrelated comments sit about 32 bits apart, and 10 or fewer happens by chance about once in
     * ten million pairs.
     */
    public static final int NEAR = 10;

    private SimHash() {
    }

    public static OptionalLong of(String comment) {
        if (comment == null) {
            return OptionalLong.empty();
        }
        int[] text = Lexicon.normalize(comment).codePoints().toArray();
        if (text.length < MINIMUM_LENGTH) {
            return OptionalLong.empty();
        }
        int[] votes = new int[64];
        for (int i = 0; i + 2 <= text.length; i++) {
            long hash = hash(new String(text, i, 2));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return OptionalLong.of(fingerprint);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The first 8 bytes of MD5: stable across runs and JVMs, unlike String.hashCode spread. */
    private static long hash(String shingle) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(shingle.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
