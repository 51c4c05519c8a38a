package org.minping.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptCodesTest {

    @Test
    void newCodesAreWellFormedAndDistinct() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ReceiptCodes.next();
            assertTrue(ReceiptCodes.isWellFormed(code), code);
            codes.add(code);
        }
        assertEquals(10_000, codes.size());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"MP-ABCDE-FGHIJ", "MP-ABCDE-FGHLO", "MP-ABCDE-FGHU0", "mp-abcde-fgh12", "MP-ABCDE-FGH1",
            "MP-ABCDE-FGH123", "XX-ABCDE-FGH12", "MP-ABCDE-FGH12' OR '1'='1"})
    void rejectsMalformedCodes(String code) {
        assertFalse(ReceiptCodes.isWellFormed(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MP-7K3QF-X9D2M", "mp-7k3qf-x9d2m", "mp7k3qfx9d2m", " MP 7K3QF X9D2M ", "ＭＰ－７Ｋ３ＱＦ－Ｘ９Ｄ２Ｍ",
            "mp-7k3qf_x9d2m"})
    void aCodeIsReadHoweverItWasTyped(String typed) {
        assertEquals("MP-7K3QF-X9D2M", ReceiptCodes.canonical(typed));
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsDigitsAndAnythingElseStaysAsItWas() {
        assertEquals("MP-0K3QF-X11D2", ReceiptCodes.canonical("mp-ok3qf-xild2"));
        assertEquals("not a code", ReceiptCodes.canonical(" not a code "));
        assertFalse(ReceiptCodes.isWellFormed(ReceiptCodes.canonical("MP-ABCDE-FGH123")));
    }
}
