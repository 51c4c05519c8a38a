package org.minping.core.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeakIndicatorsTest {

    private static final List<WeakIndicators.Node> TREE = List.of(
            new WeakIndicators.Node("DUTY", null, 0.6), new WeakIndicators.Node("SERVICE", null, 0.4),
            new WeakIndicators.Node("DUTY-A", "DUTY", 0.5), new WeakIndicators.Node("DUTY-B", "DUTY", 0.5),
            new WeakIndicators.Node("SERVICE-A", "SERVICE", 1.0));

    @Test
    void leafWeightsAreTheProductsDownTheTree() {
        Map<String, Double> weights = WeakIndicators.leafWeights(TREE);
        assertEquals(0.3, weights.get("DUTY-A"), 1e-12);
        assertEquals(0.4, weights.get("SERVICE-A"), 1e-12);
        assertEquals(0.6, weights.get("DUTY"), 1e-12);
    }

    @Test
    void scoresAreContributionsOverLeafWeightsWeakestFirst() {
        // DUTY-A scored 90 (27 points), DUTY-B 50 (15 points), SERVICE-A 75 (30 points)
        List<WeakIndicators.Scored> weakest = WeakIndicators.weakest(Map.of("DUTY-A", 27.0, "DUTY-B", 15.0, "SERVICE-A", 30.0),
                WeakIndicators.leafWeights(TREE), 80, 5);
        assertEquals(List.of("DUTY-B", "SERVICE-A", "DUTY-A"), weakest.stream().map(WeakIndicators.Scored::indicatorCode).toList());
        assertEquals(50.0, weakest.get(0).score(), 1e-9);
        assertTrue(weakest.get(0).belowThreshold());
        assertTrue(weakest.get(1).belowThreshold());
        assertFalse(weakest.get(2).belowThreshold());
    }

    @Test
    void theListIsCutAtTheLimitAndUnknownIndicatorsAreLeftOut() {
        List<WeakIndicators.Scored> weakest = WeakIndicators.weakest(Map.of("DUTY-A", 27.0, "DUTY-B", 15.0, "GONE", 1.0),
                WeakIndicators.leafWeights(TREE), 80, 1);
        assertEquals(1, weakest.size());
        assertEquals("DUTY-B", weakest.get(0).indicatorCode());
    }
}
