package org.minping.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.minping.core.shared.Sha256;

/** Six-digit codes sent to a contact: valid for ten minutes and five tries; only their salted hash is stored. */
final class OneTimeCodes {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String hash(Object salt, String code) {
        return Sha256.hex(salt + ":" + code);
    }

    /**
     * A hash of the same form that no six-digit code matches (its preimage is 256 random bits): for
     * a code that was never sent, so the step that asks for it behaves alike and can never succeed.
     */
    static String unmatchableHash(Object salt) {
        return hash(salt, randomHex(32));
    }

    /** Compares in constant time, so the time taken does not tell how much of a guess was right. */
    static boolean matches(String storedHash, Object salt, String code) {
        return code != null && MessageDigest.isEqual(hash(salt, code.strip()).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
