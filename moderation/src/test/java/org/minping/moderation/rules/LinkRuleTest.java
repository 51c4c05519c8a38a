package org.minping.moderation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRuleTest {

    private final LinkRule rule = new LinkRule();

    @ParameterizedTest
    @ValueSource(strings = {
            "详情请看 http://example.com/a",
            "HTTPS://spam.example.org",
            "加微信看 www.spam.cn",
            "访问 www。spam。cn 领取",
            "cheap pills at pills.shop now",
            "办证请联系 fake-cert．com",
            "h t t p s : / / is not caught but https : // is"
    })
    void holdsCommentsWithLinks(String comment) {
        assertEquals(Optional.of(HoldReason.LINK), rule.check(comment));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "窗口工作人员态度很好，十分钟就办完了。",
            "The clerk explained the form clearly. Thanks!",
            "等了3.5小时，效率太低",
            "Version 2.0 of the form is confusing.",
            "We got there. Top service, and the info desk helped."
    })
    void letsOrdinaryCommentsThrough(String comment) {
        assertEquals(Optional.empty(), rule.check(comment));
    }
}
