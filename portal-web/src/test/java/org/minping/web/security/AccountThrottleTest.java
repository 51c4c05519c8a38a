package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountThrottleTest {

    @Test
    void anAddressRegistersItsAllowanceAndThenWaitsWithinTheHourWhileFailedAttemptsCostNothing() {
        AccountThrottle throttle = new AccountThrottle(2, 3);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertEquals(0, throttle.registrationWait("198.51.100.1"), "asking uses nothing up");
        }
        throttle.registrationSent("198.51.100.1");
        throttle.registrationSent("198.51.100.1");
        long wait = throttle.registrationWait("198.51.100.1");
        assertTrue(wait > 0 && wait <= AccountThrottle.WINDOW.toSeconds(), Long.toString(wait));
        assertEquals(0, throttle.registrationWait("198.51.100.2"), "another address does not wait");
    }

    @Test
    void anAccountGetsThreeCodesAnHourWhateverTheCaseOfItsName() {
        AccountThrottle throttle = new AccountThrottle(100, 3);
        assertEquals(0, throttle.takeCode("a@example.com"));
        assertEquals(0, throttle.takeCode("A@example.com"));
        assertEquals(0, throttle.takeCode("a@EXAMPLE.com"));
        assertTrue(throttle.takeCode("a@example.com") > 0);
        assertEquals(0, throttle.takeCode("b@example.com"));
    }
}
