package org.minping.moderation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    @Nested
    class ResidentIdentityNumbers {

        @ParameterizedTest
        @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "44030419900307123X", "330106198506123451"})
        void validCheckCharactersAreRecognized(String id) {
            assertTrue(PersonalData.isResidentIdentityNumber(id));
        }

        @ParameterizedTest
        @ValueSource(strings = {"110105194912310021", "330106198506123452", "44030419900307123", "4403041990030712300",
                "ABCDEFGHIJKLMNOPQR"})
        void wrongCheckCharactersOrLengthsAreNot(String id) {
            assertFalse(PersonalData.isResidentIdentityNumber(id));
        }

        @Test
        void aValidNumberIsBlankedOutAndNoneOfItsDigitsRemain() {
            PersonalData.Redaction redaction = PersonalData.redact("我的身份证号是11010519491231002X，办了三次都没办成");
            assertEquals("我的身份证号是[身份证号]，办了三次都没办成", redaction.text());
            assertTrue(redaction.redacted());
            assertFalse(redaction.text().matches(".*\\d{4,}.*"));
        }

        @Test
        void anInvalidEighteenDigitNumberIsLeftAsItIs() {
            assertEquals("订单号110105194912310021", PersonalData.redact("订单号110105194912310021").text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+86 138 1234 5678", "138-1234-5678", "8613812345678", "0086-13812345678"})
    void mobileNumbersInEveryCommonSpellingAreBlankedOut(String mobile) {
        String text = PersonalData.redact("请回电 " + mobile + " 谢谢").text();
        assertEquals("请回电 [手机号] 谢谢", text);
        assertFalse(text.contains("1234"));
    }

    @Test
    void emailAddressesAreBlankedOut() {
        assertEquals("write to [邮箱] please", PersonalData.redact("write to zhang.san+gov@example.com.cn please").text());
    }

    @Test
    void ordinaryNumbersStay() {
        PersonalData.Redaction redaction = PersonalData.redact("等了 45 分钟，排号 A1023，12345 热线很快接通");
        assertEquals("等了 45 分钟，排号 A1023，12345 热线很快接通", redaction.text());
        assertFalse(redaction.redacted());
    }
}
