package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntakeThrottleTest {

    @Test
    void neighboursShareANetworkAndStrangersDoNot() {
        assertEquals(IntakeThrottle.networkOf("203.0.113.7"), IntakeThrottle.networkOf("203.0.113.250"));
        assertNotEquals(IntakeThrottle.networkOf("203.0.113.7"), IntakeThrottle.networkOf("203.0.114.7"));
        assertEquals(IntakeThrottle.networkOf("2001:db8:1:a::1"), IntakeThrottle.networkOf("2001:db8:1:ffff::2"));
        assertNotEquals(IntakeThrottle.networkOf("2001:db8:1::1"), IntakeThrottle.networkOf("2001:db8:2::1"));
        assertEquals("other:proxy.example", IntakeThrottle.networkOf("proxy.example"), "names are never resolved");
    }

    @Test
    void aNetworkGetsItsAllowanceAndThenWaits() {
        IntakeThrottle throttle = new IntakeThrottle(3, 100);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, throttle.take("198.51.100." + i, null));
        }
        assertTrue(throttle.take("198.51.100.99", null) > 0, "the fourth from the same /24 waits");
        assertEquals(0, throttle.take("198.51.101.1", null), "another network does not");
    }

    @Test
    void aDeviceGetsItsAllowanceWhateverItsNetwork() {
        IntakeThrottle throttle = new IntakeThrottle(100, 2);
        assertEquals(0, throttle.take("192.0.2.1", "device:a"));
        assertEquals(0, throttle.take("198.51.100.1", "device:a"));
        long wait = throttle.take("203.0.113.1", "device:a");
        assertTrue(wait > 0 && wait <= IntakeThrottle.WINDOW.toSeconds(), Long.toString(wait));
        assertEquals(0, throttle.take("203.0.113.1", "device:b"));
    }
}
