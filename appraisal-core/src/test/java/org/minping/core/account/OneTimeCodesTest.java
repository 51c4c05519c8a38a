package org.minping.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

    @Test
    void aCodeMatchesItsOwnHashOnlyUnderItsOwnSalt() {
        String hash = OneTimeCodes.hash("salt", "042917");
        assertTrue(OneTimeCodes.matches(hash, "salt", " 042917 "), "spaces around a typed code do not matter");
        assertFalse(OneTimeCodes.matches(hash, "other salt", "042917"));
        assertFalse(OneTimeCodes.matches(hash, "salt", "042918"));
        assertFalse(OneTimeCodes.matches(hash, "salt", null));
    }

    @Test
    void noSixDigitCodeMatchesTheHashOfACodeThatWasNeverSent() {
        String salt = "token-hash";
        String unmatchable = OneTimeCodes.unmatchableHash(salt);
        assertEquals(64, unmatchable.length(), "stored like any other code hash");
        assertEquals(0, IntStream.range(0, 1_000_000)
                .filter(code -> OneTimeCodes.matches(unmatchable, salt, String.format("%06d", code))).count());
    }

    @Test
    void codesHaveSixDigits() {
        IntStream.range(0, 1_000).mapToObj(i -> OneTimeCodes.newCode())
                .forEach(code -> assertTrue(code.matches("\\d{6}"), code));
    }
}
