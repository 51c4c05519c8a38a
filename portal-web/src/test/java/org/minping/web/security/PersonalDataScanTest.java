package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The privacy scan finds a value in every writing a leak might take, and not its masked form. */
class PersonalDataScanTest {

    private final PersonalDataScan scan = new PersonalDataScan()
            .seek("phone", "13957146823")
            .seek("e-mail", "lixiaoyu.7315")
            .seek("client address", "198.51.100.213");

    @ParameterizedTest
    @ValueSource(strings = {
            "回电 13957146823 谢谢",
            "<td>139 5714 6823</td>",
            "１３９－５７１４－６８２３",
            "一三九五七一四六八二三",
            "壹叁玖伍柒壹肆陆捌贰叁",
            "幺三九五七幺四六八两三",
            "139\u200B5714\u200B6823",
            "&#49;&#51;&#57;&#53;&#55;&#49;&#52;&#54;&#56;&#50;&#51;",
            "{\"comment\":\"\\u0031\\u0033\\u0039\\u0035\\u0037\\u0031\\u0034\\u0036\\u0038\\u0032\\u0033\"}",
            "tel:+86-139.5714.6823",
    })
    void findsAPhoneNumberInAnyWriting(String text) {
        assertEquals(1, scan.findIn("text", text).size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mail lixiaoyu.7315@example.org",
            "ｌｉｘｉａｏｙｕ．７３１５＠ｅｘａｍｐｌｅ．ｏｒｇ",
            "/login?user=LiXiaoyu.7315%40example.org",
            "Lixiaoyu&#46;7315",
    })
    void findsAnEmailAddressInAnyWriting(String text) {
        assertEquals(1, scan.findIn("text", text).size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"from 198.51.100.213:443", "１９８．５１．１００．２１３", "X-Forwarded-For=198.51.100.213"})
    void findsAClientAddressInAnyWriting(String text) {
        assertEquals(1, scan.findIn("log", text).size(), text);
    }

    @Test
    void doesNotTakeMaskedValuesOrOtherNumbersForThem() {
        String text = "MinPing verification code for 139****6823: 123456; l***@example.org; 198.51.100.0/24; 13957146820; 2026-12-02";
        assertEquals(List.of(), scan.findIn("log", text));
    }

    @Test
    void refusesValuesTooShortToSeek() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataScan().seek("code", "12-34"));
    }
}
