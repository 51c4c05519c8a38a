package org.minping.core.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecondFactorInputTest {

    @Nested
    class TimeCodes {

        @ParameterizedTest
        @ValueSource(strings = {"123456", " 123456 ", "123 456", "１２３４５６", "１２３\u3000４５６", "12３4５6"})
        void sixDigitsAsAKeyboardOrAPhoneTypesThemAreTheDigits(String typed) {
            assertEquals(new SecondFactorInput.TimeCode("123456"), SecondFactorInput.parse(typed));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "١٢٣٤٥٦" /* Arabic-Indic digits */, "१२३४५६" /* Devanagari */, "¹²³⁴⁵⁶" /* superscripts fold to digits */,
                "①②③④⑤⑥" /* circled digits fold to digits */, "𝟏𝟐𝟑𝟒𝟓𝟔" /* mathematical digits fold to digits */,
                "12345", "1234567", "12345a", "123-456", "123.456", "123\u200b456", "123\t456", "一二三四五六"})
        void anythingElseIsMalformed(String typed) {
            assertInstanceOf(SecondFactorInput.Malformed.class, SecondFactorInput.parse(typed));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void nothingTypedIsMalformed(String typed) {
            assertInstanceOf(SecondFactorInput.Malformed.class, SecondFactorInput.parse(typed));
        }

        @Test
        void overlongInputIsRefusedWhole() {
            assertInstanceOf(SecondFactorInput.Malformed.class, SecondFactorInput.parse(" ".repeat(60) + "123456"));
        }
    }

    @Nested
    class Recovery {

        @ParameterizedTest
        @ValueSource(strings = {"abcd-efgh-1234-5678", "ABCD-EFGH-1234-5678", "abcdefgh12345678", "abcd efgh 1234 5678",
                "ａｂｃｄ－ｅｆｇｈ－１２３４－５６７８", " abcd-efgh-1234-5678 "})
        void aRecoveryCodeHasOneSpelling(String typed) {
            assertEquals(new SecondFactorInput.RecoveryCode("abcdefgh12345678"), SecondFactorInput.parse(typed));
        }

        @ParameterizedTest
        @ValueSource(strings = {"abcd-efgh-1234-567", "abcd-efgh-1234-56789", "abcd_efgh_1234_5678", "abcd-efgh-1234-567é",
                "аbcd-efgh-1234-5678" /* Cyrillic a */})
        void otherLettersOrLengthsAreMalformed(String typed) {
            assertInstanceOf(SecondFactorInput.Malformed.class, SecondFactorInput.parse(typed));
        }

        @Test
        void theLibrarysCodesReadAsRecoveryCodes() {
            for (String shown : RecoveryCodes.generate()) {
                SecondFactorInput input = SecondFactorInput.parse(shown);
                assertEquals(new SecondFactorInput.RecoveryCode(shown.replace("-", "")), input, shown);
            }
        }
    }
}
