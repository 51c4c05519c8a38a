package org.minping.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreExplanationTest {

    /**
     * Internal 0.125 on two indicators and public 0.125: one by one, half up, 0.13 + 0.13 + 0.13
     * would show 0.39 under a score of 0.38; rounded together they show 0.13 + 0.12 + 0.13.
     */
    @Test
    void theShownTermsAndTheSumsBySourceAddUpToTheShownScore() {
        ScoreExplanation explanation = ScoreExplanation.of(new BigDecimal("0.38"), List.of(
                new ScoreTerm("DUTY", "INTERNAL", null, 0.125), new ScoreTerm("OVERALL", "PUBLIC", null, 0.125),
                new ScoreTerm("EFFICIENCY", "INTERNAL", null, 0.125)));
        assertEquals(List.of(new BigDecimal("0.13"), new BigDecimal("0.13"), new BigDecimal("0.12")),
                explanation.terms().stream().map(ScoreExplanation.Line::points).toList());
        assertEquals(List.of(new ScoreExplanation.Part("INTERNAL", new BigDecimal("0.25")),
                new ScoreExplanation.Part("PUBLIC", new BigDecimal("0.13"))), explanation.bySource());
    }

    @Test
    void sourcesComeInTheirFixedOrderAndBonusesAndDeductionsLast() {
        ScoreExplanation explanation = ScoreExplanation.of(new BigDecimal("80.50"), List.of(
                new ScoreTerm("DUTY", "EXPERT", null, 15), new ScoreTerm("DUTY", "INTERNAL", null, 27),
                new ScoreTerm("OVERALL", "PUBLIC", null, 37.5), new ScoreTerm(null, null, "national award", 2),
                new ScoreTerm(null, null, "incident", -1)));
        assertEquals(List.of("INTERNAL", "PUBLIC", "EXPERT"), explanation.bySource().subList(0, 3).stream()
                .map(ScoreExplanation.Part::source).toList());
        ScoreExplanation.Part adjustments = explanation.bySource().get(3);
        assertTrue(adjustments.isAdjustments());
        assertEquals(new BigDecimal("1.00"), adjustments.points());
    }

    @Test
    void noScoreNothingToExplain() {
        ScoreExplanation explanation = ScoreExplanation.of(null, List.of());
        assertTrue(explanation.terms().isEmpty() && explanation.bySource().isEmpty());
    }
}
