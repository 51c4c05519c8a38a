package org.minping.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpertScoreInputTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "100, 100", "88.5, 88.5", "99.99, 99.99", "050, 50"})
    void scoresFromZeroToAHundredWithTwoDecimalsAreTaken(String typed, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ExpertPanelService.parseScore(typed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "100.01", "101", "-1", "1e2", "88.555", "八十", "NaN", " 80", "80,5", "1000"})
    void anythingElseIsRefused(String typed) {
        assertNull(ExpertPanelService.parseScore(typed));
    }
}
