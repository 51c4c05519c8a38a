package org.minping.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns combined indicator results into scores with their decomposition, grades, ranks and rank intervals.
 * Only agencies whose score rests on enough data are graded and ranked (see {@link #MIN_COVERAGE}); the
 * others keep their score and decomposition but get no grade and rank 0, and stay out of the others'
 * ranks, so those run 1, 2, 3 without gaps.
 */
final class Ranking {

    /**
     * The share of an agency's indicator weight that must rest on enough data for it to be graded and
     * ranked: at least half. A source rests on enough data when it is present and, for public
     * appraisal, its effective sample reaches the cycle's minimum; weights are the leaf weight times
     * the source weight, as configured (before missing sources are renormalized away).
     */
    static final double MIN_COVERAGE = 0.5;

    /** Tolerance for coverage sums such as 0.1 + 0.2 + 0.2, which doubles put a hair below 0.5. */
    private static final double COVERAGE_TOLERANCE = 1e-9;

    private Ranking() {
    }

    static List<AgencyResult> rankAndGrade(List<ScoringEngine.Combined> combined, Map<String, IndicatorTree> trees,
                                           ScoringParameters parameters) {
        List<Scored> scored = new ArrayList<>();
        Map<String, Double> coverage = new HashMap<>();
        for (ScoringEngine.Combined agency : combined) {
            IndicatorTree tree = trees.get(agency.agency().system());
            scored.add(decompose(agency, tree));
            coverage.put(agency.agency().code(), coverage(agency, tree, parameters.minEffectiveSample()));
        }
        List<Scored> rankable = scored.stream().filter(s -> s.published != null
                && restsOnEnoughData(coverage.get(s.agency.agency().code()))).toList();
        Map<String, Integer> ranks = ranks(rankable, s -> s.published);
        Map<String, int[]> intervals = new HashMap<>();
        Random random = new Random(parameters.sensitivity().seed());
        // One random stream for the whole run, consumed track by track in code order.
        Set<String> tracks = new TreeSet<>();
        combined.forEach(c -> tracks.add(c.agency().track()));
        for (String track : tracks) {
            List<ScoringEngine.Combined> members = combined.stream()
                    .filter(c -> c.agency().track().equals(track))
                    .filter(c -> restsOnEnoughData(coverage.get(c.agency().code()))).toList();
            intervals.putAll(sensitivity(members, trees, parameters, random));
        }
        List<AgencyResult> results = new ArrayList<>();
        for (Scored s : scored) {
            boolean graded = ranks.containsKey(s.agency.agency().code());
            int[] interval = intervals.getOrDefault(s.agency.agency().code(), new int[] {0, 0});
            boolean incomplete = s.agency.indicators().stream().anyMatch(i -> i.incomplete() || !i.isScored());
            boolean insufficient = s.agency.indicators().stream().anyMatch(IndicatorResult::insufficientSample);
            results.add(new AgencyResult(s.agency.agency().code(), s.agency.agency().track(), s.score,
                    s.published, graded ? parameters.gradeBands().gradeOf(s.published.doubleValue()) : null,
                    ranks.getOrDefault(s.agency.agency().code(), 0), interval[0], interval[1], incomplete, insufficient,
                    coverage.get(s.agency.agency().code()), s.agency.indicators(), s.terms));
        }
        return results;
    }

    static boolean restsOnEnoughData(double coverage) {
        return coverage >= MIN_COVERAGE - COVERAGE_TOLERANCE;
    }

    /**
     * The share of the agency's configured weight (leaf weight times source weight) whose source is
     * present and, for public appraisal, has at least the minimum effective sample.
     */
    static double coverage(ScoringEngine.Combined agency, IndicatorTree tree, double minEffectiveSample) {
        double covered = 0;
        for (IndicatorResult indicator : agency.indicators()) {
            for (Map.Entry<Source, Double> weight : tree.sourceWeights(indicator.indicator()).entrySet()) {
                if (weight.getValue() > 0 && indicator.sources().containsKey(weight.getKey())
                        && (weight.getKey() != Source.PUBLIC || indicator.publicEstimate()
                        .map(e -> e.effectiveSampleSize() >= minEffectiveSample).orElse(false))) {
                    covered += indicator.leafWeight() * weight.getValue();
                }
            }
        }
        return covered;
    }

    private record Scored(ScoringEngine.Combined agency, double score, BigDecimal published, List<Contribution> terms) {
    }

    /**
     * The score as the sum of its terms, so that the decomposition adds up to it exactly: for each
     * scored indicator its renormalized weight times each present source's renormalized weight times
     * that source's value, then the bonus and deduction items.
     */
    private static Scored decompose(ScoringEngine.Combined agency, IndicatorTree tree) {
        double presentIndicatorWeight = 0;
        for (IndicatorResult indicator : agency.indicators()) {
            if (indicator.isScored()) {
                presentIndicatorWeight += indicator.leafWeight();
            }
        }
        List<Contribution> terms = new ArrayList<>();
        if (presentIndicatorWeight > 0) {
            for (IndicatorResult indicator : agency.indicators()) {
                if (!indicator.isScored()) {
                    continue;
                }
                Map<Source, Double> weights = tree.sourceWeights(indicator.indicator());
                double presentSourceWeight = 0;
                for (Map.Entry<Source, Double> weight : weights.entrySet()) {
                    if (weight.getValue() > 0 && indicator.sources().containsKey(weight.getKey())) {
                        presentSourceWeight += weight.getValue();
                    }
                }
                double indicatorShare = indicator.leafWeight() / presentIndicatorWeight;
                for (Map.Entry<Source, Double> weight : weights.entrySet()) {
                    Double value = indicator.sources().get(weight.getKey());
                    if (weight.getValue() > 0 && value != null) {
                        terms.add(Contribution.of(indicator.indicator(), weight.getKey(),
                                indicatorShare * (weight.getValue() / presentSourceWeight) * value));
                    }
                }
            }
            terms.addAll(agency.adjustments());
        }
        if (terms.isEmpty()) {
            return new Scored(agency, Double.NaN, null, terms);
        }
        double score = 0;
        for (Contribution term : terms) {
            score += term.points();
        }
        return new Scored(agency, score, ScoringEngine.publish(score), terms);
    }

    /** Competition ranking within each track on the published value: ties share a rank (1, 2, 2, 4). */
    private static Map<String, Integer> ranks(List<Scored> scored, java.util.function.Function<Scored, BigDecimal> value) {
        Map<String, List<Scored>> byTrack = new TreeMap<>();
        for (Scored s : scored) {
            if (s.published != null) {
                byTrack.computeIfAbsent(s.agency.agency().track(), t -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Integer> ranks = new HashMap<>();
        byTrack.values().forEach(members -> {
            List<Scored> ordered = new ArrayList<>(members);
            ordered.sort((a, b) -> value.apply(b).compareTo(value.apply(a)));
            for (int i = 0; i < ordered.size(); i++) {
                boolean tiedWithPrevious = i > 0 && value.apply(ordered.get(i)).compareTo(value.apply(ordered.get(i - 1))) == 0;
                int rank = tiedWithPrevious ? ranks.get(ordered.get(i - 1).agency.agency().code()) : i + 1;
                ranks.put(ordered.get(i).agency.agency().code(), rank);
            }
        });
        return ranks;
    }

    /**
     * The 5th and 95th percentile (nearest rank) of each agency's rank when the leaf weights are
     * drawn from a Dirichlet distribution around the configured ones; sources, values and
     * adjustments stay as they are.
     */
    private static Map<String, int[]> sensitivity(List<ScoringEngine.Combined> combined, Map<String, IndicatorTree> trees,
                                                  ScoringParameters parameters, Random random) {
        Sensitivity settings = parameters.sensitivity();
        Map<String, int[]> intervals = new HashMap<>();
        if (settings.draws() == 0 || combined.isEmpty()) {
            return intervals;
        }
        // The trees the track's members are scored against: one, unless a kind has its own.
        Set<String> systems = new TreeSet<>();
        combined.forEach(c -> systems.add(c.agency().system()));
        Map<String, double[]> base = new HashMap<>();
        systems.forEach(system -> base.put(system,
                trees.get(system).leafWeights().values().stream().mapToDouble(Double::doubleValue).toArray()));
        Map<String, int[]> ranksByDraw = new HashMap<>();
        for (int draw = 0; draw < settings.draws(); draw++) {
            // Each tree's weights drawn in the order of the trees' keys.
            Map<String, double[]> drawn = new HashMap<>();
            for (String system : systems) {
                drawn.put(system, Dirichlet.draw(random, base.get(system), settings.concentration()));
            }
            Map<String, BigDecimal> perturbed = new HashMap<>();
            List<Scored> scored = new ArrayList<>();
            for (ScoringEngine.Combined agency : combined) {
                double[] weights = drawn.get(agency.agency().system());
                double present = 0;
                double sum = 0;
                for (int j = 0; j < weights.length; j++) {
                    IndicatorResult indicator = agency.indicators().get(j);
                    if (indicator.isScored()) {
                        present += weights[j];
                        sum += weights[j] * indicator.value();
                    }
                }
                if (present > 0) {
                    double score = sum / present;
                    for (Contribution adjustment : agency.adjustments()) {
                        score += adjustment.points();
                    }
                    BigDecimal published = ScoringEngine.publish(score);
                    perturbed.put(agency.agency().code(), published);
                    scored.add(new Scored(agency, score, published, List.of()));
                }
            }
            Map<String, Integer> ranks = ranks(scored, s -> perturbed.get(s.agency.agency().code()));
            int index = draw;
            ranks.forEach((code, rank) -> ranksByDraw.computeIfAbsent(code, c -> new int[settings.draws()])[index] = rank);
        }
        ranksByDraw.forEach((code, ranks) -> {
            int[] sorted = ranks.clone();
            Arrays.sort(sorted);
            intervals.put(code, new int[] {nearestRank(sorted, 0.05), nearestRank(sorted, 0.95)});
        });
        return intervals;
    }

    private static int nearestRank(int[] sorted, double p) {
        int index = (int) StrictMath.ceil(p * sorted.length) - 1;
        return sorted[StrictMath.max(0, StrictMath.min(sorted.length - 1, index))];
    }
}
