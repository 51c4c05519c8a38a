package org.minping.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminInputTest {

    @Nested
    class Codes {

        @ParameterizedTest
        @CsvSource({"HZ, HZ", "hz, HZ", "' hz-biz ', HZ-BIZ", "ＨＺ, HZ", "ｈｚ－０１, HZ-01", "MEP-12369, MEP-12369",
                "'HZ\u3000', HZ"})
        void foldToOneSpelling(String typed, String stored) {
            assertEquals(Optional.of(stored), AdminInput.canonicalCode(typed, 32));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "杭州", "H Z", "HZ_1", "-HZ", "HZ-", "HZ--1", "H\u200bZ", "straße", "ıSTANBUL", "HÉ",
                "HZ;DROP", "<b>"})
        void refuseWhatIsNotLettersDigitsAndHyphens(String typed) {
            assertEquals(Optional.empty(), AdminInput.canonicalCode(typed, 32), typed);
        }

        @Test
        void refuseNothingAndWhatIsLongerThanTheColumn() {
            assertEquals(Optional.empty(), AdminInput.canonicalCode(null, 32));
            assertEquals(Optional.of("A".repeat(32)), AdminInput.canonicalCode("a".repeat(32), 32));
            assertEquals(Optional.empty(), AdminInput.canonicalCode("a".repeat(33), 32));
            assertEquals(Optional.empty(), AdminInput.canonicalCode("Ａ".repeat(33), 32), "counted after folding");
        }
    }

    @Nested
    class Names {

        @Test
        void countCharactersNotUtf16Units() {
            assertTrue(AdminInput.fits("𠀀".repeat(100), 100), "a supplementary character counts once, as the column does");
            assertFalse(AdminInput.fits("𠀀".repeat(101), 100));
        }

        @Test
        void refuseEmptyAndControlCharacters() {
            assertFalse(AdminInput.fits(AdminInput.text("   "), 100));
            assertFalse(AdminInput.fits(AdminInput.text(null), 100));
            assertFalse(AdminInput.fits("杭州市\n上城区", 100));
            assertTrue(AdminInput.fits(AdminInput.text("  杭州市上城区人民政府 "), 100));
            assertEquals("杭州市", AdminInput.text("\u3000杭州市 "));
        }
    }

    @Nested
    class Positions {

        @Test
        void blankIsLastAndNumbersAreWholeFrom0To9999() {
            assertEquals(Optional.empty(), AdminInput.sortOrder(" "));
            assertEquals(Optional.empty(), AdminInput.sortOrder(null));
            assertEquals(Optional.of(0), AdminInput.sortOrder("0"));
            assertEquals(Optional.of(12), AdminInput.sortOrder("１２"));
            assertEquals(Optional.of(9999), AdminInput.sortOrder("9999"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "10000", "1.5", "x", "1e3"})
        void refuseOthers(String typed) {
            assertThrows(IllegalArgumentException.class, () -> AdminInput.sortOrder(typed));
        }
    }

    @Nested
    class Percentages {

        @ParameterizedTest
        @CsvSource({"60, 0.600000", "６０, 0.600000", "33.3333%, 0.333333", " 100 , 1.000000", "0, 0.000000", "12.5 %, 0.125000"})
        void areFractionsWithSixDecimals(String typed, String fraction) {
            assertEquals(Optional.of(new java.math.BigDecimal(fraction)), AdminInput.percent(typed));
        }

        @Test
        void blankIsNone() {
            assertEquals(Optional.empty(), AdminInput.percent("  "));
            assertEquals(Optional.empty(), AdminInput.percent(null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"100.01", "-5", "1e2", "33.33333", "六十", "60 %%", "0x10", "٦٠"})
        void anythingElseIsRefused(String typed) {
            assertThrows(IllegalArgumentException.class, () -> AdminInput.percent(typed));
        }
    }
}
