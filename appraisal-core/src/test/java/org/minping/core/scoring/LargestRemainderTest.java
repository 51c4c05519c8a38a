package org.minping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void threeThirdsOfAHundredGiveTheMissingHundredthToTheFirst() {
        double third = 100.0 / 3;
        assertEquals(List.of(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33")),
                LargestRemainder.round(List.of(third, third, third), new BigDecimal("100.00")));
    }

    /** Half up each, 0.125 and 0.125 would show 0.13 + 0.13 = 0.26 under a score of 0.25. */
    @Test
    void termsRoundedOneByOneWouldNotAddUp() {
        assertEquals(List.of(new BigDecimal("0.13"), new BigDecimal("0.12")),
                LargestRemainder.round(List.of(0.125, 0.125), new BigDecimal("0.25")));
    }

    @Test
    void theLargestRemainderGetsTheHundredthWhereverItIs() {
        assertEquals(List.of(new BigDecimal("10.10"), new BigDecimal("20.21"), new BigDecimal("-1.00")),
                LargestRemainder.round(List.of(10.101, 20.208, -1.0), new BigDecimal("29.31")));
    }

    @Property(tries = 150)
    void everyRoundedDecompositionAddsUpToThePublishedScoreWithinAHundredthATerm(@ForAll long seed) {
        for (AgencyResult agency : ScoringEngine.score(RandomCycles.cycle(seed)).agencies()) {
            if (!agency.isScored()) {
                continue;
            }
            List<Double> points = agency.decomposition().stream().map(Contribution::points).toList();
            List<BigDecimal> rounded = LargestRemainder.round(points, agency.published());
            assertEquals(agency.published(), rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add), agency.agency());
            for (int i = 0; i < points.size(); i++) {
                double off = Math.abs(rounded.get(i).doubleValue() - points.get(i));
                assertTrue(off < 0.01 + 1e-9, agency.agency() + " term " + i + ": " + points.get(i) + " shown as " + rounded.get(i));
            }
        }
    }
}
