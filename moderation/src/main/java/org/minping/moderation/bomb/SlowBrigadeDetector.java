package org.minping.moderation.bomb;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.minping.core.appraisal.RaterLevel;

/**
 * Finds brigades that arrive too slowly for the burst detector: over days, the level distribution
 * of every network and every rater key that rated an agency often enough, and then of its anonymous
 * raters as a whole, is tested against the agency's other ratings of the same days. A level that a
 * pattern gives significantly more often than everyone else (Fisher's exact test, one-sided,
 * Bonferroni over every pattern and level tested), often enough to shift the pattern's mean level by at least
 * {@code minimumShift}, makes the pattern's ratings at that level a group to hold for a person to
 * decide. Pure: the caller supplies "now" and the arrivals.
 *
 * <p>A brigade cannot hide by pace: however slowly it arrives, over the period it either shares
 * networks or devices (then those are tested alone and held alone), or it is spread over many, and
 * then it shifts the anonymous raters' levels away from those of the registered and verified ones.
 * In that case its members cannot be told from the genuine anonymous ratings, so the whole
 * anonymous cohort of the period is held: holding only its low ratings would bias the score upward
 * as much as the brigade biased it downward, while the registered and verified raters left in the
 * score are an unbiased sample.
 *
 * @param period how far back the ratings are tested, ending now
 * @param minimumPatternCount fewest ratings of one network or rater key (or of the anonymous cohort) that are tested
 * @param minimumReferenceCount fewest other ratings a pattern is compared with (for the anonymous cohort: registered and
 *                              verified ratings)
 * @param familyAlpha the chance of flagging anything at all at an agency whose raters all behave alike
 * @param minimumShift how far (in levels) a level's excess must move the pattern's mean away from the reference
 *                     mean, so that a large sample does not flag a difference too small to matter
 */
public record SlowBrigadeDetector(Duration period, int minimumPatternCount, int minimumReferenceCount,
                                  double familyAlpha, double minimumShift) {

    /**
     * Ninety days, so that a small agency's anonymous raters are numerous enough for a scattered 5%
     * brigade to show, and a flagged cohort is held back to its quarter; patterns of 10 or more
     * ratings against 30 or more others; p below 1 in 10,000 over all tests; a shift of at least 0.02
     * levels (half a point on the linear 0–100 scale).
     */
    public static SlowBrigadeDetector standard() {
        return new SlowBrigadeDetector(Duration.ofDays(90), 10, 30, 1e-4, 0.02);
    }

    public List<QuarantineGroup> examine(List<Arrival> arrivals, LocalDateTime now) {
        LocalDateTime start = now.minus(period);
        List<Arrival> recent = arrivals.stream().filter(a -> !a.at().isBefore(start) && !a.at().isAfter(now)).toList();
        Map<String, List<Arrival>> networks = patterns(recent, Arrival::networkKey);
        Map<String, List<Arrival>> raters = patterns(recent, Arrival::raterKey);
        // Every pattern tests five levels; the anonymous cohort is one more pattern.
        double threshold = familyAlpha / (5.0 * (networks.size() + raters.size() + 1));
        Set<Long> flagged = new HashSet<>();
        List<QuarantineGroup> groups = new ArrayList<>();
        networks.forEach((key, members) -> test(QuarantineGroup.Pattern.NETWORK, key, members, recent, flagged, threshold)
                .ifPresent(groups::add));
        raters.forEach((key, members) -> test(QuarantineGroup.Pattern.RATER, key, members, recent, flagged, threshold)
                .ifPresent(groups::add));
        List<Arrival> anonymous = new ArrayList<>();
        List<Arrival> trusted = new ArrayList<>();
        for (Arrival arrival : recent) {
            if (!flagged.contains(arrival.id())) {
                (arrival.raterLevel() == RaterLevel.ANONYMOUS ? anonymous : trusted).add(arrival);
            }
        }
        Set<Integer> levels = standingOut(anonymous, trusted, threshold);
        if (!levels.isEmpty()) {
            // The cohort is held at every level (see the class comment), so its signature is every level it gave.
            Set<Integer> given = new TreeSet<>();
            anonymous.forEach(a -> given.add(a.level()));
            groups.add(group(QuarantineGroup.Pattern.RATER_LEVEL, null, levels, given, anonymous, trusted, threshold));
        }
        return groups;
    }

    /** Tests one network's or rater key's ratings not flagged yet against all other unflagged ratings. */
    private Optional<QuarantineGroup> test(QuarantineGroup.Pattern pattern, String key, List<Arrival> ratings,
                                           List<Arrival> recent, Set<Long> flagged, double threshold) {
        List<Arrival> members = ratings.stream().filter(a -> !flagged.contains(a.id())).toList();
        Set<Long> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.id()));
        List<Arrival> others = recent.stream().filter(a -> !ids.contains(a.id()) && !flagged.contains(a.id())).toList();
        Set<Integer> levels = standingOut(members, others, threshold);
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        List<Arrival> held = members.stream().filter(m -> levels.contains(m.level())).toList();
        held.forEach(h -> flagged.add(h.id()));
        return Optional.of(group(pattern, key, levels, levels, held, others, threshold));
    }

    /** The levels the sample gives significantly and markedly more often than the reference. */
    private Set<Integer> standingOut(List<Arrival> sample, List<Arrival> reference, double threshold) {
        Set<Integer> levels = new TreeSet<>();
        // Without enough other ratings there is no agency normal to stand out from.
        if (sample.size() < minimumPatternCount || reference.size() < minimumReferenceCount) {
            return levels;
        }
        int[] sampleCounts = counts(sample);
        int[] referenceCounts = counts(reference);
        double referenceMean = QuarantineGroup.meanLevel(reference);
        for (int level = 1; level <= 5; level++) {
            double expected = referenceCounts[level] / (double) reference.size();
            int observed = sampleCounts[level];
            double shift = (observed / (double) sample.size() - expected) * Math.abs(level - referenceMean);
            if (shift >= minimumShift && significance(observed, sample.size(), referenceCounts[level], reference.size())
                    <= threshold) {
                levels.add(level);
            }
        }
        return levels;
    }

    private QuarantineGroup group(QuarantineGroup.Pattern pattern, String key, Set<Integer> standingOut,
                                  Set<Integer> levels, List<Arrival> members, List<Arrival> reference, double threshold) {
        int[] memberCounts = counts(members);
        int[] referenceCounts = counts(reference);
        double ratio = 0;
        double smallestP = 1;
        for (int level : standingOut) {
            double expected = share(referenceCounts[level], reference.size());
            ratio = Math.max(ratio, memberCounts[level] / (double) members.size() / expected);
            smallestP = Math.min(smallestP, significance(memberCounts[level], members.size(), referenceCounts[level],
                    reference.size()));
        }
        Set<RaterLevel> raterLevels = EnumSet.noneOf(RaterLevel.class);
        members.forEach(m -> raterLevels.add(m.raterLevel()));
        // The reported p is corrected for the number of tests, comparable with familyAlpha.
        double familyP = Math.min(1, smallestP * familyAlpha / threshold);
        return new QuarantineGroup(QuarantineGroup.Detection.SLOW, pattern, key, new TreeSet<>(levels),
                new TreeSet<>(raterLevels), members,
                members.stream().map(Arrival::at).min(Comparator.naturalOrder()).orElseThrow(),
                members.stream().map(Arrival::at).max(Comparator.naturalOrder()).orElseThrow(),
                QuarantineGroup.meanLevel(members), reference.isEmpty() ? null : QuarantineGroup.meanLevel(reference), ratio,
                familyP);
    }

    /** Networks or rater keys with enough ratings to test, in key order so that results never depend on input order. */
    private Map<String, List<Arrival>> patterns(List<Arrival> arrivals, Function<Arrival, String> key) {
        Map<String, List<Arrival>> byKey = new TreeMap<>();
        for (Arrival arrival : arrivals) {
            String value = key.apply(arrival);
            if (value != null) {
                byKey.computeIfAbsent(value, k -> new ArrayList<>()).add(arrival);
            }
        }
        byKey.values().removeIf(members -> members.size() < minimumPatternCount);
        return byKey;
    }

    /**
     * How likely the sample holds this many ratings at the level, or more, if it rated like the
     * reference: Fisher's exact test, since the reference is a sample too (a test against its share
     * as if it were known flags small agencies' ordinary differences).
     */
    private static double significance(int observed, int size, int referenceObserved, int referenceSize) {
        return BinomialTail.fisherAtLeast(observed, size, observed + referenceObserved, size + referenceSize);
    }

    private static int[] counts(List<Arrival> arrivals) {
        int[] counts = new int[6];
        arrivals.forEach(a -> counts[a.level()]++);
        return counts;
    }

    /** A level's share with half a rating added to every level, so that the ratio to a level nobody else gave is finite. */
    private static double share(int count, int total) {
        return (count + 0.5) / (total + 2.5);
    }
}
