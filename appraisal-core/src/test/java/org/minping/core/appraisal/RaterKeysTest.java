package org.minping.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class RaterKeysTest {

    private static final SecretKeySpec SECRET = new SecretKeySpec("a server secret of 32 bytes......".getBytes(StandardCharsets.US_ASCII), "HmacSHA256");
    private static final SecretKeySpec OTHER = new SecretKeySpec("another secret of 32 bytes.......".getBytes(StandardCharsets.US_ASCII), "HmacSHA256");

    @Test
    void theSameRaterAlwaysGetsTheSameKeyAndOthersAnother() {
        String key = RaterKeys.keyOf(SECRET, "device:abcdefghijklmnop");
        assertEquals(key, RaterKeys.keyOf(SECRET, "device:abcdefghijklmnop"));
        assertNotEquals(key, RaterKeys.keyOf(SECRET, "device:abcdefghijklmnoq"));
        assertNotEquals(key, RaterKeys.keyOf(SECRET, "account:abcdefghijklmnop"), "an account and a device never share a key");
        assertNotEquals(key, RaterKeys.keyOf(OTHER, "device:abcdefghijklmnop"), "the key depends on the secret");
    }

    @Test
    void aKeyIsSixtyFourHexDigitsAndHoldsNoTraceOfTheIdentity() {
        String key = RaterKeys.keyOf(SECRET, "account:13812345678");
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertFalse(key.contains("13812345678"));
    }

    @Test
    void raterIdentitiesAreTyped() {
        assertEquals("device:tok", Rater.device(" tok ").identity());
        assertEquals(RaterLevel.ANONYMOUS, Rater.device(null).level());
        assertTrue(Rater.device("  ").identityIfKnown().isEmpty());
        assertEquals("account:zhang", Rater.account("zhang", RaterLevel.VERIFIED).identity());
    }
}
