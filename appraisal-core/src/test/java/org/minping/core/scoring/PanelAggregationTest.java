package org.minping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelAggregationTest {

    @Test
    void fromFiveRatersTheHighestAndLowestAreDropped() {
        // (70 + 80 + 90) / 3
        assertEquals(80.0, PanelAggregation.trimmedMean(List.of(100.0, 60.0, 80.0, 90.0, 70.0)), 1e-15);
    }

    @Test
    void belowFiveRatersAllCount() {
        // (60 + 70 + 80 + 100) / 4
        assertEquals(77.5, PanelAggregation.trimmedMean(List.of(60.0, 70.0, 80.0, 100.0)), 1e-15);
    }

    @Test
    void averageRanksForTies() {
        assertArrayEquals(new double[] {3.5, 3.5, 2, 1}, PanelAggregation.ranks(new double[] {85, 85, 70, 50}));
    }

    /**
     * Worked example. Ranks (higher score, higher rank): R1 4,3,2,1; R2 3.5,3.5,2,1 (one tie of
     * 2: T = 2³ − 2 = 6); R3 2,4,1,3. Rank sums 9.5, 10.5, 5, 5 about their mean 7.5: S = 25.5.
     * W = 12 S / (m² (n³ − n) − m ΣT) = 306 / (9 · 60 − 3 · 6) = 306 / 522.
     */
    @Test
    void kendallsWWithTiesMatchesTheHandComputation() {
        double[][] scores = {{90, 80, 70, 60}, {85, 85, 70, 50}, {70, 90, 60, 80}};
        assertEquals(306.0 / 522.0, PanelAggregation.kendallW(scores), 1e-15);
    }

    @Test
    void perfectAgreementIsOneAndUndefinedPanelsAreNaN() {
        assertEquals(1.0, PanelAggregation.kendallW(new double[][] {{1, 2, 3}, {10, 20, 30}}), 1e-15);
        assertTrue(Double.isNaN(PanelAggregation.kendallW(new double[][] {{1, 2, 3}})));
        assertTrue(Double.isNaN(PanelAggregation.kendallW(new double[][] {{1}, {2}})));
    }
}
