package org.minping.moderation.bomb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minping.core.appraisal.RaterLevel;

class SlowBrigadeDetectorTest {

    /** An agency most citizens are satisfied with: mean level about 3.9. */
    private static final double[] LEVELS = {0.06, 0.07, 0.15, 0.37, 0.35};
    private final SlowBrigadeDetector detector = SlowBrigadeDetector.standard();

    private static Set<Long> ids(List<Arrival> arrivals) {
        Set<Long> ids = new HashSet<>();
        arrivals.forEach(a -> ids.add(a.id()));
        return ids;
    }

    private static Set<Long> held(List<QuarantineGroup> groups) {
        Set<Long> ids = new HashSet<>();
        groups.forEach(g -> ids.addAll(ids(g.members())));
        return ids;
    }

    @Nested
    class WhatItFinds {

        @ParameterizedTest(name = "a 5% brigade from {0} network(s), about one an hour, is held and nothing else")
        @ValueSource(ints = {1, 3, 5})
        void aSlowBrigadeSharingNetworksIsHeldAlone(int networks) {
            RatingStreams streams = new RatingStreams(networks, "A", 1);
            List<Arrival> arrivals = new ArrayList<>(streams.genuine(7, 150, LEVELS));
            List<Arrival> brigade = streams.brigade(53, 1, networks, RatingStreams.END.minusDays(7), RatingStreams.END);
            arrivals.addAll(brigade);

            List<QuarantineGroup> groups = detector.examine(arrivals, RatingStreams.END);

            assertEquals(networks, groups.size());
            groups.forEach(g -> {
                assertEquals(QuarantineGroup.Detection.SLOW, g.detection());
                assertEquals(QuarantineGroup.Pattern.NETWORK, g.pattern());
                assertEquals(Set.of(1), g.levels());
                assertTrue(g.pValue() < detector.familyAlpha(), "p " + g.pValue());
            });
            assertEquals(ids(brigade), held(groups));
        }

        @Test
        void aSlowBrigadeFromAsManyNetworksAsRatingsShiftsTheAnonymousRatersAndTheyAreHeldAsACohort() {
            // Spread this thin, a brigade shows only over weeks: 30 days of 150 ratings a day.
            RatingStreams streams = new RatingStreams(11, "A", 1);
            List<Arrival> genuine = streams.genuine(30, 150, LEVELS);
            List<Arrival> brigade = streams.brigade(237, 1, 237, RatingStreams.END.minusDays(30), RatingStreams.END);
            List<Arrival> arrivals = new ArrayList<>(genuine);
            arrivals.addAll(brigade);

            List<QuarantineGroup> groups = detector.examine(arrivals, RatingStreams.END);

            assertEquals(1, groups.size());
            QuarantineGroup cohort = groups.get(0);
            assertEquals(QuarantineGroup.Pattern.RATER_LEVEL, cohort.pattern());
            assertEquals(Set.of(RaterLevel.ANONYMOUS), cohort.raterLevels());
            assertEquals(Set.of(1, 2, 3, 4, 5), cohort.levels(), "the cohort is held at every level");
            assertTrue(cohort.meanLevel() < cohort.referenceMean());
            assertTrue(held(groups).containsAll(ids(brigade)));
            assertTrue(genuine.stream().filter(g -> g.raterLevel() != RaterLevel.ANONYMOUS)
                    .noneMatch(g -> held(groups).contains(g.id())), "registered and verified raters stay");
        }

        @Test
        void aSlowPraiseBrigadeFromTheAgencysOwnNetworkIsHeld() {
            RatingStreams streams = new RatingStreams(5, "A", 1);
            List<Arrival> arrivals = new ArrayList<>(streams.genuine(7, 150, LEVELS));
            List<Arrival> brigade = streams.brigade(53, 5, 1, RatingStreams.END.minusDays(7), RatingStreams.END);
            arrivals.addAll(brigade);
            List<QuarantineGroup> groups = detector.examine(arrivals, RatingStreams.END);
            assertEquals(ids(brigade), held(groups));
            assertEquals(Set.of(5), groups.get(0).levels());
        }
    }

    @Nested
    class WhatItLeavesAlone {

        @ParameterizedTest(name = "genuine raters only (seed {0}): nothing is held, busy shared networks included")
        @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
        void genuineRatersAloneAreNotFlagged(int seed) {
            List<Arrival> arrivals = new RatingStreams(seed, "A", 1).genuine(7, 150, LEVELS);
            assertEquals(List.of(), detector.examine(arrivals, RatingStreams.END));
        }

        @Test
        void aFewComplaintsFromOneNetworkAreTooFewToTest() {
            RatingStreams streams = new RatingStreams(3, "A", 1);
            List<Arrival> arrivals = new ArrayList<>(streams.genuine(7, 150, LEVELS));
            arrivals.addAll(streams.brigade(9, 1, 1, RatingStreams.END.minusDays(7), RatingStreams.END));
            assertEquals(List.of(), detector.examine(arrivals, RatingStreams.END));
        }

        @Test
        void ratingsBeforeThePeriodAreNotTested() {
            RatingStreams streams = new RatingStreams(3, "A", 1);
            List<Arrival> arrivals = new ArrayList<>(streams.genuine(7, 150, LEVELS));
            arrivals.addAll(streams.brigade(53, 1, 1, RatingStreams.END.minusDays(200), RatingStreams.END.minusDays(91)));
            assertEquals(List.of(), detector.examine(arrivals, RatingStreams.END));
        }
    }

    @Nested
    class BinomialTails {

        @Test
        void matchExactValues() {
            assertEquals(0.125, BinomialTail.atLeast(3, 3, 0.5), 1e-15);
            assertEquals(1.0, BinomialTail.atLeast(0, 10, 0.3), 0);
            assertEquals(0.0, BinomialTail.atLeast(11, 10, 0.3), 0);
            // P(X >= 60) for X ~ Binomial(100, 0.5): 0.028443966820490392 (exact sum of the terms).
            assertEquals(0.028443966820490392, BinomialTail.atLeast(60, 100, 0.5), 1e-13);
            // P(X >= 2) for X ~ Binomial(10, 0.1) = 1 - 0.9^10 - 10 * 0.1 * 0.9^9
            assertEquals(1 - Math.pow(0.9, 10) - Math.pow(0.9, 9), BinomialTail.atLeast(2, 10, 0.1), 1e-14);
        }

        @Test
        void fishersExactTestMatchesTheHypergeometricTail() {
            // Fisher's tea tasting: 3 of 4 right among 8 cups, 4 of each kind: P(X >= 3) = (16 + 1) / 70.
            assertEquals(17.0 / 70, BinomialTail.fisherAtLeast(3, 4, 4, 8), 1e-14);
            assertEquals(1.0 / 70, BinomialTail.fisherAtLeast(4, 4, 4, 8), 1e-14);
            assertEquals(1.0, BinomialTail.fisherAtLeast(0, 4, 4, 8), 0);
            assertEquals(0.0, BinomialTail.fisherAtLeast(5, 4, 4, 8), 0);
        }
    }
}
