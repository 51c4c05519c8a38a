package org.minping.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SatisfactionLevelTest {

    @Test
    void theScaleRunsFromVerySatisfiedFiveToVeryDissatisfiedOne() {
        assertEquals(Optional.of(SatisfactionLevel.VERY_SATISFIED), SatisfactionLevel.of(5));
        assertEquals("非常满意", SatisfactionLevel.of(5).orElseThrow().label().zh());
        assertEquals(Optional.of(SatisfactionLevel.BASICALLY_SATISFIED), SatisfactionLevel.of(3));
        assertEquals("非常不满意", SatisfactionLevel.of(1).orElseThrow().label().zh());
        assertEquals(5, SatisfactionLevel.values().length);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 6, 100, Integer.MAX_VALUE})
    void valuesOutsideOneToFiveAreNoLevel(int value) {
        assertTrue(SatisfactionLevel.of(value).isEmpty());
    }
}
