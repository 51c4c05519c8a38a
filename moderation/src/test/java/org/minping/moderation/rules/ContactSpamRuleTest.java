package org.minping.moderation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactSpamRuleTest {

    private final ContactSpamRule rule = new ContactSpamRule();

    @ParameterizedTest
    @ValueSource(strings = {"加微信 abc12345 办理加急", "加V：fast_service99", "QQ 12345678 联系", "wechat: helper2026",
            "call 010-12345678 for help", "电话 0571 87654321"})
    void holdsAdvertisedContacts(String comment) {
        assertEquals(Optional.of(HoldReason.CONTACT), rule.check(comment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"微信公众号上也能办", "拨打12345热线", "QQ群里有人说很快", "等了30分钟"})
    void letsMentionsWithoutAnAccountThrough(String comment) {
        assertEquals(Optional.empty(), rule.check(comment));
    }
}
