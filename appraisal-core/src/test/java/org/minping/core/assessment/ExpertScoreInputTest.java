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
        assertEquals(0, new BigDecimal(expected).compareTo(ExpertScoreService.parseScore(typed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "100.01", "101", "-1", "1e2", "88.555", "八十", "NaN", " 80", "80,5", "1000"})
    void anythingElseIsRefused(String typed) {
        assertNull(ExpertScoreService.parseScore(typed));
    }

    @org.junit.jupiter.api.Test
    void theSubmissionDigestIgnoresOrderAndHowAScoreWasTypedButNotScoresNorComments() {
        var a = java.util.List.of(new ExpertScoreService.Entry("HZ", "LAW", "80.50", "x"), new ExpertScoreService.Entry("SZ", "LAW", "70", "y"));
        var b = java.util.List.of(new ExpertScoreService.Entry("SZ", "LAW", "70.0", " y"), new ExpertScoreService.Entry("HZ", "LAW", "80.5", "x"));
        var c = java.util.List.of(new ExpertScoreService.Entry("SZ", "LAW", "70", "y"), new ExpertScoreService.Entry("HZ", "LAW", "80.51", "x"));
        assertEquals(ExpertScoreService.digest(a, java.util.Map.of()), ExpertScoreService.digest(b, java.util.Map.of()));
        org.junit.jupiter.api.Assertions.assertNotEquals(ExpertScoreService.digest(a, java.util.Map.of()), ExpertScoreService.digest(c, java.util.Map.of()));
        var d = java.util.List.of(new ExpertScoreService.Entry("SZ", "LAW", "70", "z"), new ExpertScoreService.Entry("HZ", "LAW", "80.5", "x"));
        org.junit.jupiter.api.Assertions.assertNotEquals(ExpertScoreService.digest(a, java.util.Map.of()), ExpertScoreService.digest(d, java.util.Map.of()));
        assertEquals(64, ExpertScoreService.digest(a, java.util.Map.of()).length());
        org.junit.jupiter.api.Assertions.assertNotEquals(ExpertScoreService.digest(a, java.util.Map.of()),
                ExpertScoreService.digest(a, java.util.Map.of("GX", "曾在该单位任职")), "a step aside is part of what was submitted");
    }
}
