package org.minping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agreement administrators see before a run, as the run computes it. */
class PanelAgreementsTest {

    private static final List<AgencyRef> AGENCIES = List.of(new AgencyRef("A", "T"), new AgencyRef("B", "T"),
            new AgencyRef("C", "T"), new AgencyRef("X", "OTHER"));

    @Test
    void raterWhoRanksTheOtherWayRoundBringsWDownToOneOverMSquaredAndIsFlagged() {
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(ranking("e1", 90, 80, 70));
        scores.addAll(ranking("e2", 95, 85, 60));
        List<Agreement> alike = ScoringEngine.agreements(AGENCIES, scores, 0.5);
        assertEquals(1, alike.size());
        assertEquals(1.0, alike.get(0).kendallW(), 1e-12);
        assertFalse(alike.get(0).low());

        scores.addAll(ranking("e3", 50, 60, 70));
        Agreement split = ScoringEngine.agreements(AGENCIES, scores, 0.5).get(0);
        assertEquals(1.0 / 9, split.kendallW(), 1e-12);
        assertTrue(split.low());
        assertEquals("T", split.track());
        assertEquals(3, split.raters());
        assertEquals(3, split.agencies());
    }

    @Test
    void aRaterWhoLeftAnAgencyOutDoesNotCount() {
        List<PanelScore> scores = new ArrayList<>();
        scores.addAll(ranking("e1", 90, 80, 70));
        scores.addAll(ranking("e2", 90, 80, 70));
        scores.add(new PanelScore("A", "J", Source.EXPERT, "e3", 10));
        Agreement agreement = ScoringEngine.agreements(AGENCIES, scores, 0.5).get(0);
        assertEquals(2, agreement.raters());
        assertEquals(1.0, agreement.kendallW(), 1e-12);
    }

    @Test
    void ifEveryRaterLeftADifferentAgencyOutTheAgenciesAllScoredAreRanked() {
        AgencyRef d = new AgencyRef("D", "T");
        List<AgencyRef> agencies = new ArrayList<>(AGENCIES);
        agencies.add(d);
        List<PanelScore> scores = new ArrayList<>();
        // e1 steps aside from C, e2 from D, e3 from C: no one is complete; A and B are scored by all.
        scores.addAll(List.of(score("e1", "A", 90), score("e1", "B", 80), score("e1", "D", 70)));
        scores.addAll(List.of(score("e2", "A", 60), score("e2", "B", 95), score("e2", "C", 70)));
        scores.addAll(List.of(score("e3", "A", 50), score("e3", "B", 85), score("e3", "D", 40)));
        Agreement agreement = ScoringEngine.agreements(agencies, scores, 0.5).get(0);
        assertEquals(3, agreement.raters());
        assertEquals(2, agreement.agencies(), "A and B");
        // Ranks over (A, B): e1 (2, 1), e2 (1, 2), e3 (1, 2): rank sums 4 and 5, S = 0.5, W = 12·0.5 / (9·6) = 1/9.
        assertEquals(1.0 / 9, agreement.kendallW(), 1e-12);
        assertTrue(agreement.low(), "disagreement is not hidden by stepping aside");
    }

    private static PanelScore score(String rater, String agency, double value) {
        return new PanelScore(agency, "J", Source.EXPERT, rater, value);
    }

    @Test
    void sourcesAndTracksAreSeparatePanels() {
        List<PanelScore> scores = new ArrayList<>(ranking("e1", 90, 80, 70));
        scores.add(new PanelScore("A", "J", Source.THIRD_PARTY, "org", 50));
        scores.add(new PanelScore("X", "J", Source.EXPERT, "e1", 50));
        List<Agreement> agreements = ScoringEngine.agreements(AGENCIES, scores, 0.5);
        assertEquals(3, agreements.size());
        assertTrue(agreements.stream().allMatch(a -> Double.isNaN(a.kendallW()) && !a.low()), "undefined with one rater, never flagged");
    }

    private static List<PanelScore> ranking(String rater, double a, double b, double c) {
        return List.of(new PanelScore("A", "J", Source.EXPERT, rater, a), new PanelScore("B", "J", Source.EXPERT, rater, b),
                new PanelScore("C", "J", Source.EXPERT, rater, c));
    }
}
