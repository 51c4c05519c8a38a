package org.minping.moderation.bomb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minping.core.appraisal.RaterLevel;
import org.minping.core.scoring.AgencyRef;
import org.minping.core.scoring.CubeCell;
import org.minping.core.scoring.IndicatorNode;
import org.minping.core.scoring.IndicatorTree;
import org.minping.core.scoring.ScoringEngine;
import org.minping.core.scoring.ScoringInput;
import org.minping.core.scoring.ScoringParameters;
import org.minping.core.scoring.Sensitivity;
import org.minping.core.scoring.Source;
import org.minping.core.scoring.Stratum;

/**
 * The review-bomb defences against brigades of 5% of an agency's ratings, measured on the
 * published scores the real scoring engine computes. Twelve agencies of one track are rated over a
 * four-week cycle by genuine raters (50 to 400 a day, each agency its own satisfaction); every
 * agency is then hit by a brigade of the kind under test. Detection runs as in production: the
 * burst sweep every five minutes (with an open group's tail joining it), the slow sweep every hour, over
 * the ratings not yet held. The published score (2 decimals) of every agency with detection must
 * stay within 1 point of its score without the brigade. Method and results: docs/BENCHMARKS.md.
 */
class BrigadeSimulationTest {

    private static final int DAYS = 90;
    private static final double BRIGADE_SHARE = 0.05;
    private static final String OVERALL = "OVERALL";
    private static final Map<RaterLevel, Double> TRUST = new EnumMap<>(Map.of(
            RaterLevel.ANONYMOUS, 0.6, RaterLevel.REGISTERED, 0.8, RaterLevel.VERIFIED, 1.0));
    private static final LocalDateTime START = RatingStreams.END.minusDays(DAYS);
    private static final Duration BURST_SWEEP = Duration.ofMinutes(5);

    /** The brigades: when they arrive, how many networks they use, what level they give. */
    enum Brigade {
        FAST_ONE_NETWORK(true, 1, 1),
        FAST_SCATTERED(true, Integer.MAX_VALUE, 1),
        SLOW_FEW_NETWORKS(false, 4, 1),
        SLOW_SCATTERED(false, Integer.MAX_VALUE, 1),
        SLOW_PRAISE_ONE_NETWORK(false, 1, 5);

        final boolean fast;
        final int networks;
        final int level;

        Brigade(boolean fast, int networks, int level) {
            this.fast = fast;
            this.networks = networks;
            this.level = level;
        }

        List<Arrival> arrive(RatingStreams streams, int genuineCount) {
            int count = (int) Math.round(genuineCount * BRIGADE_SHARE / (1 - BRIGADE_SHARE));
            int spread = Math.min(networks, count);
            // A fast brigade lands within half an hour on day 60; a slow one trickles in over the whole cycle.
            return fast ? streams.brigade(count, level, spread, START.plusDays(60), START.plusDays(60).plusMinutes(30))
                    : streams.brigade(count, level, spread, START, RatingStreams.END);
        }
    }

    private record Agency(String code, int perDay, double[] levelShares) {
    }

    private static List<Agency> agencies() {
        int[] volumes = {50, 100, 200, 400};
        double[][] satisfaction = {
            {0.03, 0.04, 0.10, 0.38, 0.45},
            {0.06, 0.07, 0.15, 0.37, 0.35},
            {0.15, 0.15, 0.25, 0.25, 0.20}};
        List<Agency> agencies = new ArrayList<>();
        for (int v = 0; v < volumes.length; v++) {
            for (int s = 0; s < satisfaction.length; s++) {
                agencies.add(new Agency("G" + v + s, volumes[v], satisfaction[s]));
            }
        }
        return agencies;
    }

    @ParameterizedTest(name = "{0}: with detection no published score moves more than 1 point")
    @EnumSource(Brigade.class)
    void aFivePercentBrigadeMovesNoPublishedScoreByMoreThanOnePoint(Brigade brigade) {
        Map<String, List<Arrival>> genuine = new TreeMap<>();
        Map<String, List<Arrival>> attacked = new TreeMap<>();
        long seed = 1;
        for (Agency agency : agencies()) {
            RatingStreams streams = new RatingStreams(seed++, agency.code(), 1);
            List<Arrival> ratings = streams.genuine(DAYS, agency.perDay(), agency.levelShares());
            genuine.put(agency.code(), ratings);
            List<Arrival> withBrigade = new ArrayList<>(ratings);
            withBrigade.addAll(brigade.arrive(streams, ratings.size()));
            attacked.put(agency.code(), withBrigade);
        }
        Map<String, Double> clean = publishedScores(genuine);
        double moveUndefended = largestMove(clean, publishedScores(attacked));
        double moveDefended = largestMove(clean, publishedScores(detected(attacked)));
        System.out.printf("%s: largest move of a published score without detection %.2f, with detection %.2f%n", brigade,
                moveUndefended, moveDefended);
        assertTrue(moveUndefended > 1.0, "the brigade is strong enough to matter: " + moveUndefended);
        assertTrue(moveDefended <= 1.0, brigade + " moved a published score by " + moveDefended + " points");
    }

    @Test
    void detectionAloneMovesNoPublishedScoreOfGenuineRatingsByMoreThanOnePoint() {
        Map<String, List<Arrival>> genuine = new TreeMap<>();
        long seed = 1;
        for (Agency agency : agencies()) {
            genuine.put(agency.code(), new RatingStreams(seed++, agency.code(), 1).genuine(DAYS, agency.perDay(),
                    agency.levelShares()));
        }
        double move = largestMove(publishedScores(genuine), publishedScores(detected(genuine)));
        System.out.printf("genuine ratings only: largest move of a published score by detection %.2f%n", move);
        assertTrue(move <= 1.0, "detection alone moved a published score by " + move);
    }

    private static double largestMove(Map<String, Double> from, Map<String, Double> to) {
        return from.keySet().stream().mapToDouble(code -> Math.abs(to.get(code) - from.get(code))).max().orElseThrow();
    }

    /** Each agency's ratings less those the sweeps hold, the sweeps running through the cycle as in production. */
    private static Map<String, List<Arrival>> detected(Map<String, List<Arrival>> ratings) {
        Map<String, List<Arrival>> kept = new TreeMap<>();
        ratings.forEach((code, arrivals) -> {
            Set<Long> held = sweep(arrivals);
            kept.put(code, arrivals.stream().filter(a -> !held.contains(a.id())).toList());
        });
        return kept;
    }

    private static Set<Long> sweep(List<Arrival> arrivals) {
        ReviewBombDetector bursts = ReviewBombDetector.standard();
        SlowBrigadeDetector slow = SlowBrigadeDetector.standard();
        List<Arrival> byTime = arrivals.stream().sorted(Comparator.comparing(Arrival::at)).toList();
        Set<Long> held = new HashSet<>();
        List<QuarantineGroup> open = new ArrayList<>();
        Map<QuarantineGroup, LocalDateTime> ends = new java.util.HashMap<>();
        LocalDateTime previous = START;
        for (LocalDateTime now = START.plus(BURST_SWEEP); !now.isAfter(RatingStreams.END); now = now.plus(BURST_SWEEP)) {
            LocalDateTime sweepStart = previous;
            LocalDateTime sweepEnd = now;
            // What QuarantineService.extendOpenGroups does: an open group takes in its tail, one network's groups first.
            for (Arrival arrival : between(byTime, sweepStart, sweepEnd, a -> !held.contains(a.id()))) {
                for (QuarantineGroup group : open) {
                    Duration horizon = group.detection() == QuarantineGroup.Detection.BURST ? bursts.window() : slow.period();
                    if (!ends.get(group).isBefore(now.minus(horizon)) && group.matches(arrival)) {
                        held.add(arrival.id());
                        ends.put(group, now);
                        break;
                    }
                }
            }
            // The detector needs minimumCount arrivals in its window: skip the week's read when they are not there.
            boolean busy = between(byTime, now.minus(bursts.window()), now, a -> !held.contains(a.id())).size()
                    >= bursts.minimumCount();
            List<Arrival> recent = busy ? between(byTime, now.minus(bursts.window()).minus(bursts.baseline()), now,
                    a -> !held.contains(a.id())) : List.of();
            var suspicion = busy ? bursts.examine(recent, now) : java.util.Optional.<ReviewBombDetector.Suspicion>empty();
            if (suspicion.isPresent()) {
                for (QuarantineGroup group : BurstSignature.groups(bursts, suspicion.get(), recent)) {
                    group.members().forEach(m -> held.add(m.id()));
                    open.add(group);
                    ends.put(group, group.end());
                }
            }
            // Production sweeps for slow brigades every hour; daily keeps the simulation short, and since a
            // flagged group reaches back a whole period, only a flag in the cycle's last day could differ.
            if (now.getHour() == 0 && now.getMinute() == 0) {
                for (QuarantineGroup group : slow.examine(between(byTime, now.minus(slow.period()), now,
                        a -> !held.contains(a.id())), now)) {
                    group.members().forEach(m -> held.add(m.id()));
                    open.add(group);
                    ends.put(group, group.end());
                }
            }
            open.sort(Comparator.comparing(g -> g.pattern() == QuarantineGroup.Pattern.NETWORK
                    || g.pattern() == QuarantineGroup.Pattern.RATER ? 0 : 1));
            previous = now;
        }
        return held;
    }

    private static List<Arrival> between(List<Arrival> byTime, LocalDateTime from, LocalDateTime to,
                                         Predicate<Arrival> keep) {
        int first = firstAtOrAfter(byTime, from);
        List<Arrival> found = new ArrayList<>();
        for (int i = first; i < byTime.size() && !byTime.get(i).at().isAfter(to); i++) {
            if (keep.test(byTime.get(i)) && byTime.get(i).at().isAfter(from)) {
                found.add(byTime.get(i));
            }
        }
        return found;
    }

    private static int firstAtOrAfter(List<Arrival> byTime, LocalDateTime at) {
        int low = 0;
        int high = byTime.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byTime.get(middle).at().isBefore(at)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The published score (2 decimals) of every agency, by the real scoring engine over a cube of the overall ratings. */
    private static Map<String, Double> publishedScores(Map<String, List<Arrival>> ratings) {
        List<AgencyRef> agencies = ratings.keySet().stream().map(code -> new AgencyRef(code, "LOCAL")).toList();
        List<CubeCell> cube = new ArrayList<>();
        ratings.forEach((code, arrivals) -> {
            for (int level = 1; level <= 5; level++) {
                int chosen = level;
                List<Arrival> atLevel = arrivals.stream().filter(a -> a.level() == chosen).toList();
                if (!atLevel.isEmpty()) {
                    double sum = atLevel.stream().mapToDouble(a -> TRUST.get(a.raterLevel())).sum();
                    double squares = atLevel.stream().mapToDouble(a -> Math.pow(TRUST.get(a.raterLevel()), 2)).sum();
                    cube.add(new CubeCell(code, OVERALL, Stratum.NONE, level, atLevel.size(), sum, squares));
                }
            }
        });
        IndicatorTree tree = new IndicatorTree(List.of(IndicatorNode.leaf(OVERALL, null, 1.0, Map.of(Source.PUBLIC, 1.0))));
        ScoringInput input = new ScoringInput(agencies, ScoringInput.sameTreeForAll(agencies, tree), OVERALL, cube,
                List.of(), List.of(), List.of(), ScoringParameters.defaults().withSensitivity(Sensitivity.off()));
        Map<String, Double> scores = new TreeMap<>();
        ScoringEngine.score(input).agencies().forEach(a -> scores.put(a.agency(), a.published().doubleValue()));
        return scores;
    }
}
