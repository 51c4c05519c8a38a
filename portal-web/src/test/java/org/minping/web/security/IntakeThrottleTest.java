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
        IntakeThrottle throttle = new IntakeThrottle(3, 100, 1000);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, throttle.take("198.51.100." + i, null));
        }
        assertTrue(throttle.take("198.51.100.99", null) > 0, "the fourth from the same /24 waits");
        assertEquals(0, throttle.take("198.51.101.1", null), "another network does not");
    }

    @Test
    void aDeviceGetsItsAllowanceWhateverItsNetwork() {
        IntakeThrottle throttle = new IntakeThrottle(100, 2, 1000);
        assertEquals(0, throttle.take("192.0.2.1", "device:a"));
        assertEquals(0, throttle.take("198.51.100.1", "device:a"));
        long wait = throttle.take("203.0.113.1", "device:a");
        assertTrue(wait > 0 && wait <= IntakeThrottle.WINDOW.toSeconds(), Long.toString(wait));
        assertEquals(0, throttle.take("203.0.113.1", "device:b"));
    }

    @Test
    void anIntakeSystemHasItsOwnAllowanceAndEachOfItsUsersTheDevicesOne() {
        IntakeThrottle throttle = new IntakeThrottle(1, 2, 4);
        assertEquals(0, throttle.takeForSystem("kiosks", "system:kiosks:user-1"));
        assertEquals(0, throttle.takeForSystem("kiosks", "system:kiosks:user-1"));
        assertTrue(throttle.takeForSystem("kiosks", "system:kiosks:user-1") > 0, "a user's third rating waits");
        assertEquals(0, throttle.takeForSystem("kiosks", "system:kiosks:user-2"), "the network's allowance of 1 is not the system's");
        assertTrue(throttle.takeForSystem("kiosks", "system:kiosks:user-3") > 0, "the system's fifth waits (a refused one counts)");
        assertEquals(0, throttle.takeForSystem("hotline", "system:hotline:user-1"), "another system does not");
    }
}
