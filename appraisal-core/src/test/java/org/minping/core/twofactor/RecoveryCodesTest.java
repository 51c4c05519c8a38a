package org.minping.core.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDifferentCodesInGroupsOfFour() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"), code));
    }

    @Test
    void theStoredFormDependsOnTheAccount() {
        assertNotEquals(RecoveryCodes.hash(1, "abcdefgh12345678"), RecoveryCodes.hash(2, "abcdefgh12345678"));
        assertEquals(RecoveryCodes.hash(1, "abcdefgh12345678"), RecoveryCodes.hash(1, "abcdefgh12345678"));
        assertTrue(RecoveryCodes.hash(1, "abcdefgh12345678").matches("[0-9a-f]{64}"));
    }
}
