package org.minping.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressTest {

    private static PublicAddress of(String configured) {
        PublicAddress address = new PublicAddress();
        address.configured = configured;
        address.check();
        return address;
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://minping.example.gov.cn", "https://minping.example.gov.cn/", " https://minping.example.gov.cn/ "})
    void linksAreBuiltOnTheConfiguredAddress(String configured) {
        assertEquals("https://minping.example.gov.cn/login", of(configured).of("login"));
        assertEquals("https://minping.example.gov.cn/agency?code=HZ", of(configured).of("/agency?code=HZ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"minping.example.gov.cn", "/portal", "javascript:alert(1)", "ftp://example.org/", "https://x.org/?a=1",
            "https://x.org/#top", "http://"})
    void anythingButAnAbsoluteWebAddressStopsTheStart(String configured) {
        assertThrows(IllegalStateException.class, () -> of(configured));
    }
}
