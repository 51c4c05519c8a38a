package org.minping.moderation.bomb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.core.appraisal.RaterLevel;

class ReviewBombDetectorTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 12, 0);
    private final ReviewBombDetector detector = ReviewBombDetector.standard();

    private static Arrival arrival(LocalDateTime at, int level) {
        return new Arrival(0, at, level, RaterLevel.ANONYMOUS, null, null);
    }

    /** Two appraisals a day at level 4 over the past week: about one every 12 hours. */
    private static List<Arrival> history() {
        List<Arrival> arrivals = new ArrayList<>();
        for (int hours = 2; hours < 7 * 24; hours += 12) {
            arrivals.add(arrival(NOW.minusHours(hours), 4));
        }
        return arrivals;
    }

    private static List<Arrival> burst(int count, int level, int withinMinutes) {
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            arrivals.add(arrival(NOW.minusSeconds((long) withinMinutes * 60 * i / count), level));
        }
        return arrivals;
    }

    @Test
    void hundredsOfLowestRatingsWithinMinutesAreABomb() {
        List<Arrival> arrivals = history();
        arrivals.addAll(burst(300, 1, 10));
        ReviewBombDetector.Suspicion suspicion = detector.examine(arrivals, NOW).orElseThrow();
        assertEquals(300, suspicion.count());
        assertEquals(1.0, suspicion.windowMean());
        assertEquals(4.0, suspicion.baselineMean());
        assertTrue(suspicion.rateRatio() > 100, "ratio " + suspicion.rateRatio());
        assertEquals(NOW.minusHours(1), suspicion.start());
    }

    @Test
    void aBurstOfPraiseIsNot() {
        List<Arrival> arrivals = history();
        arrivals.addAll(burst(300, 5, 10));
        assertTrue(detector.examine(arrivals, NOW).isEmpty());
    }

    @Test
    void aFewComplaintsAreNot() {
        List<Arrival> arrivals = history();
        arrivals.addAll(burst(29, 1, 10));
        assertTrue(detector.examine(arrivals, NOW).isEmpty());
    }

    @Test
    void aBusyAgencyAtItsUsualPaceIsNot() {
        List<Arrival> arrivals = new ArrayList<>();
        for (int minutes = 1; minutes < 7 * 24 * 60; minutes += 1) {
            arrivals.add(arrival(NOW.minusMinutes(minutes), 2));
        }
        assertTrue(detector.examine(arrivals, NOW).isEmpty(), "60 an hour is this agency's normal");
    }

    @Test
    void aQuietAgencyHitByABurstIsMeasuredAgainstTheMiddleOfTheScale() {
        ReviewBombDetector.Suspicion suspicion = detector.examine(burst(40, 1, 5), NOW).orElseThrow();
        assertEquals(null, suspicion.baselineMean());
    }

    @Test
    void arrivalsOutsideBothPeriodsDoNotCount() {
        List<Arrival> arrivals = new ArrayList<>(burst(300, 1, 10));
        arrivals.replaceAll(a -> arrival(a.at().minusDays(30), a.level()));
        assertTrue(detector.examine(arrivals, NOW).isEmpty());
    }
}
