package org.minping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RakingTest {

    private static final WeightingVariable REGION = new WeightingVariable("region", Map.of("A", 0.5, "B", 0.5));
    private static final WeightingVariable AGE = new WeightingVariable("age", Map.of("Y", 0.5, "O", 0.5));

    /**
     * Worked example with two margins. Respondents: (A,Y) 20, (A,O) 20, (B,Y) 10, (B,O) 50, total 100;
     * both margins 50/50. Raking keeps the table's odds ratio, (20·50)/(20·10) = 5, and fits the
     * margins, so the raked table is [[x, 50−x], [50−x, x]] with x² / (50−x)² = 5, that is
     * x = 50√5 / (1 + √5) = 34.5491502812526... The factors are the raked cells over the counts.
     */
    @Test
    void twoByTwoExampleMatchesTheHandSolution() {
        Map<Stratum, Double> counts = Map.of(Stratum.of("A", "Y"), 20.0, Stratum.of("A", "O"), 20.0,
                Stratum.of("B", "Y"), 10.0, Stratum.of("B", "O"), 50.0);
        RakingResult result = Raking.rake(counts, RakingSpec.of(List.of(REGION, AGE)));
        double x = 50 * Math.sqrt(5) / (1 + Math.sqrt(5));
        assertEquals(x / 20, result.factor(Stratum.of("A", "Y")), 1e-12);
        assertEquals((50 - x) / 20, result.factor(Stratum.of("A", "O")), 1e-12);
        assertEquals((50 - x) / 10, result.factor(Stratum.of("B", "Y")), 1e-12);
        assertEquals(x / 50, result.factor(Stratum.of("B", "O")), 1e-12);
        assertTrue(result.maxRelativeError() < 1e-12);
        assertTrue(result.iterations() > 1);
    }

    @Test
    void respondentsWithAMissingVariableKeepFactorOneAndStayOutOfTheMargins() {
        Map<Stratum, Double> counts = Map.of(Stratum.of("A", "Y"), 30.0, Stratum.of("A", "O"), 30.0,
                Stratum.of("B", "Y"), 10.0, Stratum.of("B", "O"), 30.0, Stratum.of(null, "O"), 500.0);
        RakingResult result = Raking.rake(counts, RakingSpec.of(List.of(REGION, AGE)));
        assertEquals(1.0, result.factor(Stratum.of(null, "O")));
        double a = 30 * result.factor(Stratum.of("A", "Y")) + 30 * result.factor(Stratum.of("A", "O"));
        assertEquals(50.0, a, 1e-9, "A's target is half of the 100 complete respondents, not of 600");
    }

    @Test
    void withoutVariablesEveryFactorIsOne() {
        RakingResult result = Raking.rake(Map.of(Stratum.NONE, 12.0), RakingSpec.none());
        assertEquals(1.0, result.factor(Stratum.NONE));
    }

    /**
     * Worked example of trimming. Counts (A,Y) 45, (A,O) 45, (B,Y) 9, (B,O) 1, margins 50/50: plain
     * raking gives (B,O) the factor 12.5. Capped at 12 × the mean factor (1, since raking keeps
     * the total), the margins fix the rest: B: 9 f(B,Y) + 12 = 50, so f(B,Y) = 38/9; O:
     * 45 f(A,O) + 12 = 50, so f(A,O) = 38/45; A: f(A,Y) = (50 − 38) / 45 = 12/45.
     */
    @Test
    void trimmingCapsFactorsAndRakesAgainToTheHandSolution() {
        Map<Stratum, Double> counts = Map.of(Stratum.of("A", "Y"), 45.0, Stratum.of("A", "O"), 45.0,
                Stratum.of("B", "Y"), 9.0, Stratum.of("B", "O"), 1.0);
        assertEquals(12.5, Raking.rake(counts, RakingSpec.of(List.of(REGION, AGE))).factor(Stratum.of("B", "O")), 1e-9);
        RakingSpec trimmed = new RakingSpec(List.of(REGION, AGE), 1e-12, 1000, Optional.of(new Trimming(0.1, 12)));
        RakingResult result = Raking.rake(counts, trimmed);
        // The last step is a rake, so the margins hold exactly and the capped factor may sit above
        // its cap by the trimming slack (1e-9, relative) at most.
        assertEquals(12.0, result.factor(Stratum.of("B", "O")), 12 * Raking.TRIM_SLACK);
        assertEquals(38.0 / 9, result.factor(Stratum.of("B", "Y")), 1e-7);
        assertEquals(38.0 / 45, result.factor(Stratum.of("A", "O")), 1e-7);
        assertEquals(12.0 / 45, result.factor(Stratum.of("A", "Y")), 1e-7);
        assertTrue(result.maxRelativeError() < 1e-12);
    }

    @Nested
    class Refuses {

        @Test
        void aMarginCellWithoutRespondents() {
            Map<Stratum, Double> counts = Map.of(Stratum.of("A", "Y"), 20.0, Stratum.of("A", "O"), 20.0);
            ScoringException e = assertThrows(ScoringException.class,
                    () -> Raking.rake(counts, RakingSpec.of(List.of(REGION, AGE))));
            assertEquals("the margin cell region=B has no respondents", e.getMessage());
        }

        @Test
        void aCategoryWithoutPopulationShare() {
            Map<Stratum, Double> counts = Map.of(Stratum.of("A", "Y"), 20.0, Stratum.of("C", "O"), 20.0,
                    Stratum.of("B", "O"), 1.0);
            ScoringException e = assertThrows(ScoringException.class,
                    () -> Raking.rake(counts, RakingSpec.of(List.of(REGION, AGE))));
            assertTrue(e.getMessage().contains("region=C, which has no population share"), e.getMessage());
        }

        @Test
        void negativeOrUnbalancedMargins() {
            ScoringException negative = assertThrows(ScoringException.class,
                    () -> new WeightingVariable("age", Map.of("Y", -0.2, "O", 1.2)));
            assertEquals("the population share of age=Y must not be negative, not -0.2", negative.getMessage());
            ScoringException unbalanced = assertThrows(ScoringException.class,
                    () -> new WeightingVariable("age", Map.of("Y", 0.2, "O", 0.7)));
            assertTrue(unbalanced.getMessage().startsWith("the population shares of age must sum to 1"));
        }

        @Test
        void toConvergeWithinTheCap() {
            Map<Stratum, Double> counts = Map.of(Stratum.of("A", "Y"), 20.0, Stratum.of("A", "O"), 20.0,
                    Stratum.of("B", "Y"), 10.0, Stratum.of("B", "O"), 50.0);
            ScoringException e = assertThrows(ScoringException.class, () -> Raking.rake(counts,
                    new RakingSpec(List.of(REGION, AGE), 1e-12, 2, Optional.empty())));
            assertTrue(e.getMessage().startsWith("raking did not converge"), e.getMessage());
        }
    }
}
