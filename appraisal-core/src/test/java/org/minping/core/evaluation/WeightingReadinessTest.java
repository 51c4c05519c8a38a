package org.minping.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minping.core.scoring.WeightingVariable;

class WeightingReadinessTest {

    private static final WeightingVariable REGION = new WeightingVariable("region", Map.of("ZJ", 0.4, "GD", 0.6));
    private static final WeightingVariable AGE = new WeightingVariable("ageBand", Map.of("18-29", 0.5, "60+", 0.5));

    @Test
    void withoutMarginsEverythingIsWeightableAndTheNumbersAreCounted() {
        WeightingReadiness readiness = WeightingReadiness.of(List.of(new WeightingReadiness.Group("ZJ", null, 3, 1.8),
                new WeightingReadiness.Group(null, null, 2, 2.0)), List.of());
        assertTrue(readiness.weightable());
        assertFalse(readiness.hasMargins());
        assertEquals(5, readiness.appraisals());
        assertEquals(3, readiness.statingRegion());
        assertEquals(0, readiness.statingAgeBand());
    }

    @Test
    void nobodyStatingBothVariablesIsNamedWithTheNumbers() {
        WeightingReadiness readiness = WeightingReadiness.of(List.of(new WeightingReadiness.Group("ZJ", null, 3, 1.8),
                new WeightingReadiness.Group(null, "60+", 4, 4.0), new WeightingReadiness.Group(null, null, 2, 2.0)),
                List.of(AGE, REGION));
        assertFalse(readiness.weightable());
        assertEquals("raking.empty", readiness.problem().code());
        assertEquals(List.of(9L, 3L, 4L, 0L), List.of(readiness.appraisals(), readiness.statingRegion(),
                readiness.statingAgeBand(), readiness.statingAll()));
    }

    @Test
    void aMarginCategoryWithoutRespondentsIsNamed() {
        WeightingReadiness readiness = WeightingReadiness.of(List.of(new WeightingReadiness.Group("ZJ", "60+", 3, 3.0),
                new WeightingReadiness.Group("GD", "60+", 3, 3.0)), List.of(AGE, REGION));
        assertEquals("raking.noRespondents", readiness.problem().code());
        assertEquals(List.of("ageBand", "18-29"), readiness.problem().arguments());
        assertEquals(6, readiness.statingAll());
    }

    @Test
    void aSampleCoveringEveryCategoryIsWeightable() {
        WeightingReadiness readiness = WeightingReadiness.of(List.of(new WeightingReadiness.Group("ZJ", "60+", 3, 3.0),
                new WeightingReadiness.Group("GD", "18-29", 3, 3.0), new WeightingReadiness.Group(null, "18-29", 5, 5.0)),
                List.of(AGE, REGION));
        assertNull(readiness.problem());
        assertTrue(readiness.weightable());
    }
}
