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

        @ParameterizedTest
        @ValueSource(strings = {"110101900307123", "440304960229001", "330106491231999"})
        void firstGenerationNumbersWithARealBirthDateAreRecognized(String id) {
            assertTrue(PersonalNumbers.isFirstGenerationIdentityNumber(id));
        }

        @ParameterizedTest
        @ValueSource(strings = {"110101900230123", "110101000229123", "110101901301123", "990101900307123", "11010190030712",
                "1101019003071234", "11010190030712X"})
        void fifteenDigitsWithoutARealDateOrProvinceAreNot(String candidate) {
            assertFalse(PersonalNumbers.isFirstGenerationIdentityNumber(candidate));
        }

        @Test
        void aFirstGenerationNumberIsBlankedOut() {
            assertEquals("老身份证[身份证号]还能用吗", PersonalData.redact("老身份证110101900307123还能用吗").text());
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

    @ParameterizedTest
    @ValueSource(strings = {"010-12345678", "0571-8765 4321", "(0571)87654321", "（0571）87654321", "021 6543 2100",
            "+86 571 8765 4321", "075512345678"})
    void landlinesWithTheirAreaCodeAreBlankedOut(String landline) {
        assertEquals("请回电 [座机号] 谢谢", PersonalData.redact("请回电 " + landline + " 谢谢").text());
    }

    @Test
    void aLocalNumberWithoutAreaCodeIsBlankedOutWhereAWordSaysItIsAPhone() {
        assertEquals("办公室电话：[座机号]，工单 87654321", PersonalData.redact("办公室电话：8765 4321，工单 87654321").text());
    }

    @Test
    void twoNumbersSideBySideAreTwoNumbers() {
        assertEquals("[手机号] 或 [手机号]/[手机号]",
                PersonalData.redact("13812345678 或 13912345678/15012345678").text());
    }

    @Test
    void aNumberFollowedByANumeralThatIsAWordIsStillFound() {
        assertEquals("[手机号]一直打不通，[手机号]三次没人接",
                PersonalData.redact("一三八一二三四五六七八一直打不通，13812345678三次没人接").text());
    }

    @Test
    void ipv4AddressesAreBlankedOut() {
        assertEquals("我家的IP是[IP地址]，访问不了", PersonalData.redact("我家的IP是183.157.62.18，访问不了").text());
    }

    @Test
    void emailAddressesAreBlankedOut() {
        assertEquals("write to [邮箱] please", PersonalData.redact("write to zhang.san+gov@example.com.cn please").text());
    }

    /**
     * Ordinary numbers of Chinese comments stay as they are. Each sits beside a disguised mobile
     * that must be found, so the case also fails when the folding is taken away.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026年第3次来办事", "一三五去窗口都关着", "二〇二六年三月七日", "等了 45 分钟", "排号 A1023",
            "12345 热线很快接通", "花了 138.50 元", "2026-03-07 办结", "2026.03.07 受理", "第1.2.3.4条", "版本 v1.2.3.4",
            "邮编 310000", "工单 87654321", "运单号 110101900230123", "订单号110105194912310021", "12:30 到 17:30",
            "一二三四五六", "三五成群排队", "窗口 12 13 14 都关了", "圆周率 3.1415926535", "评分 95 88 90 100"})
    void ordinaryNumbersStay(String ordinary) {
        assertEquals(ordinary + "，[手机号]", PersonalData.redact(ordinary + "，幺三八 1234 ５６７８").text());
    }

    @Test
    void aCommentWithoutPersonalDataIsNotRedacted() {
        PersonalData.Redaction redaction = PersonalData.redact("等了 45 分钟，排号 A1023，12345 热线很快接通");
        assertEquals("等了 45 分钟，排号 A1023，12345 热线很快接通", redaction.text());
        assertFalse(redaction.redacted());
    }
}
