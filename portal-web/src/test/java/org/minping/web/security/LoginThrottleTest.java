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

    @Test
    void wrongCodesLockTheAccountsCodeStepAndCountAsFailedLogins() {
        LoginThrottle throttle = new LoginThrottle(5, 1000, 3);
        throttle.codeFailed("moderator-1", "198.51.100.1");
        throttle.codeFailed("moderator-1", "198.51.100.2");
        assertEquals(0, throttle.codeWait("moderator-1"));
        throttle.codeFailed("moderator-1", "198.51.100.3");
        assertTrue(throttle.codeWait("moderator-1") > 0, "the third wrong code locks the code step");
        assertEquals(0, throttle.codeWait("moderator-2"), "other accounts are not affected");
        throttle.failed("moderator-1", "198.51.100.4");
        throttle.failed("moderator-1", "198.51.100.5");
        assertTrue(throttle.proofRequired("moderator-1"), "wrong codes count with wrong passwords towards the proof of work");
    }
}
