package org.minping.moderation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VelocityRuleTest {

    private final VelocityRule rule = new VelocityRule(3, 30);

    @Test
    void aFewRatingsFromOneDeviceOrNetworkPass() {
        assertTrue(rule.check(0, 0).isEmpty());
        assertTrue(rule.check(2, 29).isEmpty());
    }

    @Test
    void aBurstFromOneDeviceOrOneNetworkIsHeldForVelocity() {
        assertEquals(Optional.of(HoldReason.VELOCITY), rule.check(3, 0));
        assertEquals(Optional.of(HoldReason.VELOCITY), rule.check(0, 30));
        assertEquals("velocity", HoldReason.VELOCITY.code());
    }

    @Test
    void limitsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VelocityRule(0, 30));
    }
}
