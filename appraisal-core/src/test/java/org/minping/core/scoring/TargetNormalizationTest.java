package org.minping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetNormalizationTest {

    @Test
    void higherIsBetterWhenTheChallengeExceedsTheTarget() {
        // Online handling rate: target 80%, challenge 95%.
        assertEquals(100, TargetNormalization.score(97, 80, 95), 1e-12);
        assertEquals(100, TargetNormalization.score(95, 80, 95), 1e-12);
        assertEquals(60 + 40 * 7.5 / 15, TargetNormalization.score(87.5, 80, 95), 1e-12);
        assertEquals(60, TargetNormalization.score(80, 80, 95), 1e-12);
        assertEquals(60 * 40.0 / 80, TargetNormalization.score(40, 80, 95), 1e-12);
        assertEquals(0, TargetNormalization.score(0, 80, 95), 1e-12);
    }

    @Test
    void lowerIsBetterWhenTheChallengeIsBelowTheTarget() {
        // Days to approve: target 10, challenge 5.
        assertEquals(100, TargetNormalization.score(4, 10, 5), 1e-12);
        assertEquals(80, TargetNormalization.score(7.5, 10, 5), 1e-12);
        assertEquals(60, TargetNormalization.score(10, 10, 5), 1e-12);
        assertEquals(30, TargetNormalization.score(15, 10, 5), 1e-12);
        assertEquals(0, TargetNormalization.score(25, 10, 5), 1e-12);
    }

    @Test
    void moreIsNeverWorseWhenHigherIsBetter() {
        double previous = -1;
        for (double value = 0; value <= 120; value += 0.5) {
            double score = TargetNormalization.score(value, 80, 95);
            assertTrue(score >= previous && score >= 0 && score <= 100, value + " → " + score);
            previous = score;
        }
    }

    @Test
    void invalidInputIsNamed() {
        assertTrue(assertThrows(ScoringException.class, () -> TargetNormalization.score(50, 80, 80)).getMessage().contains("differ"));
        assertThrows(ScoringException.class, () -> TargetNormalization.score(-1, 80, 95));
        assertThrows(ScoringException.class, () -> TargetNormalization.score(50, 0, 95));
        assertThrows(ScoringException.class, () -> TargetNormalization.score(Double.NaN, 80, 95));
    }
}
