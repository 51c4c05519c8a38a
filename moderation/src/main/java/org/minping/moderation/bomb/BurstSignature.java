package org.minping.moderation.bomb;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.minping.core.appraisal.RaterLevel;

/**
 * Characterises a detected burst and picks out the appraisals it is made of, so that a quarantine
 * holds the flood and not the genuine ratings that happened to share its hour. Pure.
 *
 * <p>The burst's levels are the low levels that arrived far beyond the agency's usual share of them.
 * Each network that sent several of them is one group; what the burst sent from scattered networks
 * is one more group, limited to the rater levels the burst is made of, and formed only when the
 * burst is mostly scattered. A rating at another level, a rater of another level, or a rating from
 * an ordinary network during a burst from a few networks does not match and stays where it was.
 */
public final class BurstSignature {

    /** Fewest arrivals at the burst's levels from one network that make it part of the burst's pattern. */
    static final int SHARED_NETWORK_MINIMUM = 5;
    /** Share of the window a level must add beyond its usual count to be one of the burst's levels. */
    static final double LEVEL_EXCESS_SHARE = 0.10;
    /** Share of the burst a rater level must hold to be part of a scattered burst's signature. */
    static final double DOMINANT_RATER_LEVEL_SHARE = 0.25;

    private BurstSignature() {
    }

    /** The groups of the burst found by {@code detector} in {@code arrivals}; empty when no level stands out. */
    public static List<QuarantineGroup> groups(ReviewBombDetector detector, ReviewBombDetector.Suspicion suspicion,
                                               List<Arrival> arrivals) {
        LocalDateTime baselineStart = suspicion.start().minus(detector.baseline());
        List<Arrival> window = new ArrayList<>();
        int[] baselineCounts = new int[6];
        for (Arrival arrival : arrivals) {
            if (!arrival.at().isBefore(suspicion.start()) && !arrival.at().isAfter(suspicion.end())) {
                window.add(arrival);
            } else if (!arrival.at().isBefore(baselineStart) && arrival.at().isBefore(suspicion.start())) {
                baselineCounts[arrival.level()]++;
            }
        }
        Set<Integer> burstLevels = burstLevels(window, baselineCounts, detector.window(), detector.baseline(),
                suspicion.baselineMean() == null ? 3.0 : suspicion.baselineMean());
        List<Arrival> candidates = window.stream().filter(a -> burstLevels.contains(a.level())).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, List<Arrival>> byNetwork = new LinkedHashMap<>();
        for (Arrival candidate : candidates) {
            if (candidate.networkKey() != null) {
                byNetwork.computeIfAbsent(candidate.networkKey(), k -> new ArrayList<>()).add(candidate);
            }
        }
        List<QuarantineGroup> groups = new ArrayList<>();
        Set<Long> grouped = new java.util.HashSet<>();
        byNetwork.entrySet().stream().filter(e -> e.getValue().size() >= SHARED_NETWORK_MINIMUM)
                .sorted(Map.Entry.comparingByKey()).forEach(network -> {
                    List<Arrival> members = network.getValue();
                    groups.add(group(QuarantineGroup.Pattern.NETWORK, network.getKey(), members, raterLevelsOf(members),
                            suspicion));
                    members.forEach(m -> grouped.add(m.id()));
                });
        // A burst mostly from a few networks is those networks; only a mostly scattered burst makes
        // its scattered part a group, and then only of the rater levels the burst is made of.
        if (grouped.size() * 2 < candidates.size()) {
            Set<RaterLevel> dominant = dominantRaterLevels(candidates);
            List<Arrival> scattered = candidates.stream()
                    .filter(a -> !grouped.contains(a.id()) && dominant.contains(a.raterLevel())).toList();
            if (!scattered.isEmpty()) {
                groups.add(group(QuarantineGroup.Pattern.SCATTERED, null, scattered, dominant, suspicion));
            }
        }
        return groups;
    }

    /** Low levels (below the reference mean) that arrived at least a tenth of the window beyond their usual count. */
    private static Set<Integer> burstLevels(List<Arrival> window, int[] baselineCounts, Duration windowLength,
                                            Duration baselineLength, double reference) {
        int[] windowCounts = new int[6];
        window.forEach(a -> windowCounts[a.level()]++);
        double scale = windowLength.toSeconds() / (double) baselineLength.toSeconds();
        Set<Integer> levels = new TreeSet<>();
        for (int level = 1; level <= 5; level++) {
            double excess = windowCounts[level] - baselineCounts[level] * scale;
            if (level < reference && excess >= LEVEL_EXCESS_SHARE * window.size()) {
                levels.add(level);
            }
        }
        return levels;
    }

    private static Set<RaterLevel> dominantRaterLevels(List<Arrival> candidates) {
        Map<RaterLevel, Integer> counts = new EnumMap<>(RaterLevel.class);
        candidates.forEach(a -> counts.merge(a.raterLevel(), 1, Integer::sum));
        Set<RaterLevel> dominant = EnumSet.noneOf(RaterLevel.class);
        counts.forEach((level, count) -> {
            if (count >= DOMINANT_RATER_LEVEL_SHARE * candidates.size()) {
                dominant.add(level);
            }
        });
        return dominant;
    }

    private static Set<RaterLevel> raterLevelsOf(List<Arrival> members) {
        Set<RaterLevel> levels = EnumSet.noneOf(RaterLevel.class);
        members.forEach(m -> levels.add(m.raterLevel()));
        return levels;
    }

    private static QuarantineGroup group(QuarantineGroup.Pattern pattern, String key, List<Arrival> members,
                                         Set<RaterLevel> raterLevels, ReviewBombDetector.Suspicion suspicion) {
        Set<Integer> levels = new TreeSet<>();
        members.forEach(m -> levels.add(m.level()));
        LocalDateTime start = members.stream().map(Arrival::at).min(Comparator.naturalOrder()).orElseThrow();
        LocalDateTime end = members.stream().map(Arrival::at).max(Comparator.naturalOrder()).orElseThrow();
        return new QuarantineGroup(QuarantineGroup.Detection.BURST, pattern, key, new TreeSet<>(levels),
                new TreeSet<>(raterLevels), members, start, end, QuarantineGroup.meanLevel(members),
                suspicion.baselineMean(), suspicion.rateRatio(), null);
    }
}
