package org.minping.core.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpCodesTest {

    /** RFC 6238's SHA-1 key "12345678901234567890" in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    /** RFC 6238, appendix B (SHA-1), the last six of its eight digits. */
    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037"})
    void codesAreThoseOfTheRfc(long epochSecond, String code) {
        assertEquals(code, TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepAt(epochSecond)));
        assertEquals(OptionalLong.of(TotpCodes.stepAt(epochSecond)), TotpCodes.matchingStep(RFC_SECRET, code, epochSecond));
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNotTwo() {
        long now = 1_900_000_015L;
        long step = TotpCodes.stepAt(now);
        assertEquals(OptionalLong.of(step - 1), TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step - 1), now));
        assertEquals(OptionalLong.of(step + 1), TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step + 1), now));
        assertEquals(OptionalLong.empty(), TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step - 2), now));
        assertEquals(OptionalLong.empty(), TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step + 2), now));
    }

    @Test
    void anotherSecretsCodeIsRefused() {
        long now = 1_900_000_015L;
        String other = TotpCodes.newSecret();
        String code = TotpCodes.codeAt(other, TotpCodes.stepAt(now));
        assertNotEquals(code, TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepAt(now)), "the two secrets happen to agree now");
        assertEquals(OptionalLong.empty(), TotpCodes.matchingStep(RFC_SECRET, code, now));
    }

    @Test
    void newSecretsAre160BitsOfBase32AndDiffer() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String secret = TotpCodes.newSecret();
            assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
            secrets.add(secret);
        }
        assertEquals(50, secrets.size());
    }

    @Test
    void theUriTellsAnAppIssuerAccountAndTheCodesShape() {
        String uri = TotpCodes.uri("MinPing", "moderator-7", RFC_SECRET);
        // The label is "issuer:account", its colon encoded as the key URI format allows.
        assertTrue(uri.startsWith("otpauth://totp/MinPing%3Amoderator-7?"), uri);
        for (String part : new String[] {"secret=" + RFC_SECRET, "issuer=MinPing", "algorithm=SHA1", "digits=6", "period=30"}) {
            assertTrue(uri.contains(part), uri + " lacks " + part);
        }
    }
}
