package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<String> PROXIES = List.of("10.0.0.0/8", " 172.16.0.0/12", "2001:db8::/32", "192.0.2.10");

    @Test
    void blocksAndSingleAddressesAreTrusted() {
        assertTrue(ClientAddress.isTrusted("10.1.2.3", PROXIES));
        assertTrue(ClientAddress.isTrusted("172.31.255.1", PROXIES));
        assertFalse(ClientAddress.isTrusted("172.32.0.1", PROXIES));
        assertTrue(ClientAddress.isTrusted("2001:db8:ffff::1", PROXIES));
        assertTrue(ClientAddress.isTrusted("192.0.2.10", PROXIES));
        assertFalse(ClientAddress.isTrusted("192.0.2.11", PROXIES));
        assertFalse(ClientAddress.isTrusted("proxy.example", PROXIES), "names are never resolved");
    }

    @Test
    void theClientIsTheNearestUntrustedHopFromTheRight() {
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.2", headers("203.0.113.7"), PROXIES));
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.2", headers("198.51.100.1, 203.0.113.7, 10.0.0.9"), PROXIES),
                "what the client wrote itself (198.51.100.1) is not believed");
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.2", headers("198.51.100.1", "203.0.113.7"), PROXIES),
                "several headers read as one list");
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", headers("<script>, 203.0.113.7x"), PROXIES), "garbage stops the walk");
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", null, PROXIES), "no header: the proxy itself");
    }

    private static java.util.Enumeration<String> headers(String... values) {
        return Collections.enumeration(List.of(values));
    }
}
