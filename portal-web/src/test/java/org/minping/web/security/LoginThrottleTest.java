package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void aNameWithFailuresNeedsAProofOfWorkButIsNeverLockedOut() {
        LoginThrottle throttle = new LoginThrottle(5, 1000);
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", "198.51.100." + i);
        }
        assertFalse(throttle.proofRequired("admin"));
        throttle.failed("admin", "198.51.100.9");
        assertTrue(throttle.proofRequired("admin"));
        assertFalse(throttle.proofRequired("moderator"), "other names are not affected");
        assertEquals(0, throttle.secondsToWait("198.51.100.9"), "a name's failures make no address wait");
    }

    @Test
    void anAddressWithManyFailuresWaits() {
        LoginThrottle throttle = new LoginThrottle(5, 20);
        for (int i = 0; i < 20; i++) {
            throttle.failed("name-" + i, "203.0.113.7");
        }
        assertTrue(throttle.secondsToWait("203.0.113.7") > 0);
        assertEquals(0, throttle.secondsToWait("203.0.113.8"), "other clients are not affected");
    }
}
