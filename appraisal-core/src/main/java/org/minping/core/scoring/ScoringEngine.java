package org.minping.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores one cycle, in the steps of the design: level scores, cube, raking, weighted satisfaction,
 * shrinkage, panels, combination with renormalization of missing sources, bonus and deduction,
 * grades, ranks, decomposition, sensitivity and digests. Deterministic: every sum runs in the
 * canonical order of {@link ScoringInput}, and StrictMath is used throughout.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    public static ScoringResult score(ScoringInput input) {
        ScoringParameters parameters = input.parameters();
        RakingResult raking = Raking.rake(baseTotals(input), parameters.raking());
        Map<String, Map<String, WeightedEstimate>> publicEstimates = publicEstimates(input, raking);
        Map<String, Map<String, Double>> priors = shrinkagePriors(input, publicEstimates);
        Map<String, Map<String, Map<Source, List<Double>>>> panels = panelScores(input);
        Map<String, Map<String, Map<Source, Double>>> imported = new HashMap<>();
        for (ImportedScore score : input.importedScores()) {
            imported.computeIfAbsent(score.agency(), a -> new TreeMap<>())
                    .computeIfAbsent(score.indicator(), i -> new EnumMap<>(Source.class)).put(score.source(), score.score());
        }
        Map<String, List<Adjustment>> adjustments = new HashMap<>();
        for (Adjustment adjustment : input.adjustments()) {
            adjustments.computeIfAbsent(adjustment.agency(), a -> new ArrayList<>()).add(adjustment);
        }

        List<Combined> combined = new ArrayList<>();
        for (AgencyRef agency : input.agencies()) {
            List<IndicatorResult> indicators = new ArrayList<>();
            IndicatorTree tree = input.treeOf(agency);
            for (Map.Entry<String, Double> leaf : tree.leafWeights().entrySet()) {
                String indicator = leaf.getKey();
                Optional<WeightedEstimate> estimate = Optional.ofNullable(
                        publicEstimates.getOrDefault(agency.code(), Map.of()).get(indicator));
                Map<Source, Double> sources = new EnumMap<>(Source.class);
                sources.putAll(imported.getOrDefault(agency.code(), Map.of()).getOrDefault(indicator, Map.of()));
                estimate.ifPresent(e -> sources.put(Source.PUBLIC, shrink(e, priors.get(agency.track()).get(indicator),
                        parameters.shrinkageK())));
                Map<Source, List<Double>> panel = panels.getOrDefault(agency.code(), Map.of()).getOrDefault(indicator, Map.of());
                panel.forEach((source, scores) -> sources.put(source, PanelAggregation.trimmedMean(scores)));
                indicators.add(combine(tree, indicator, leaf.getValue(), sources, estimate, parameters));
            }
            combined.add(new Combined(agency, indicators,
                    bounded(adjustments.getOrDefault(agency.code(), List.of()), parameters)));
        }

        List<AgencyResult> results = Ranking.rankAndGrade(combined, input.trees(), parameters);
        List<Agreement> agreements = agreements(input.agencies(), input.panelScores(), parameters.lowAgreementThreshold());
        String inputDigest = Digests.input(input);
        String outputDigest = Digests.output(results, raking, agreements);
        return new ScoringResult(results, raking, agreements, inputDigest, outputDigest);
    }

    /** An agency's per-indicator results and its bounded adjustments, before ranking. */
    record Combined(AgencyRef agency, List<IndicatorResult> indicators, List<Contribution> adjustments) {
    }

    private static Map<Stratum, Double> baseTotals(ScoringInput input) {
        Map<Stratum, Double> totals = new TreeMap<>();
        for (CubeCell cell : input.cube()) {
            if (cell.indicator().equals(input.overallIndicator())) {
                totals.merge(cell.stratum(), cell.weightSum(), Double::sum);
            }
        }
        return totals;
    }

    private static Map<String, Map<String, WeightedEstimate>> publicEstimates(ScoringInput input, RakingResult raking) {
        Map<String, Map<String, WeightedEstimate.Accumulator>> accumulators = new TreeMap<>();
        for (CubeCell cell : input.cube()) {
            double f = raking.factor(cell.stratum());
            accumulators.computeIfAbsent(cell.agency(), a -> new TreeMap<>())
                    .computeIfAbsent(cell.indicator(), i -> new WeightedEstimate.Accumulator())
                    .add(cell.level(), f * cell.weightSum(), f * f * cell.weightSquareSum(), cell.count());
        }
        Map<String, Map<String, WeightedEstimate>> estimates = new TreeMap<>();
        accumulators.forEach((agency, byIndicator) -> byIndicator.forEach((indicator, accumulator) ->
                estimates.computeIfAbsent(agency, a -> new TreeMap<>())
                        .put(indicator, Checks.finite(accumulator.estimate(input.parameters().levelScale()), agency, indicator))));
        return estimates;
    }

    /** Prior m per track and indicator: the unweighted mean of the agencies' weighted means. */
    private static Map<String, Map<String, Double>> shrinkagePriors(ScoringInput input,
                                                                    Map<String, Map<String, WeightedEstimate>> estimates) {
        Map<String, Map<String, double[]>> sums = new TreeMap<>();
        for (AgencyRef agency : input.agencies()) {
            estimates.getOrDefault(agency.code(), Map.of()).forEach((indicator, estimate) -> {
                if (estimate.effectiveSampleSize() > 0) {
                    double[] sum = sums.computeIfAbsent(agency.track(), t -> new TreeMap<>())
                            .computeIfAbsent(indicator, i -> new double[2]);
                    sum[0] += estimate.mean();
                    sum[1] += 1;
                }
            });
        }
        Map<String, Map<String, Double>> priors = new TreeMap<>();
        for (AgencyRef agency : input.agencies()) {
            priors.computeIfAbsent(agency.track(), t -> new TreeMap<>());
        }
        sums.forEach((track, byIndicator) -> byIndicator.forEach((indicator, sum) ->
                priors.get(track).put(indicator, sum[0] / sum[1])));
        return priors;
    }

    static double shrink(WeightedEstimate estimate, double prior, double k) {
        double n = estimate.effectiveSampleSize();
        return (n * estimate.mean() + k * prior) / (n + k);
    }

    private static Map<String, Map<String, Map<Source, List<Double>>>> panelScores(ScoringInput input) {
        Map<String, Map<String, Map<Source, List<Double>>>> panels = new TreeMap<>();
        for (PanelScore score : input.panelScores()) {
            panels.computeIfAbsent(score.agency(), a -> new TreeMap<>())
                    .computeIfAbsent(score.indicator(), i -> new EnumMap<>(Source.class))
                    .computeIfAbsent(score.source(), s -> new ArrayList<>())
                    .add(score.score());
        }
        return panels;
    }

    private static IndicatorResult combine(IndicatorTree tree, String indicator, double leafWeight,
                                           Map<Source, Double> sources, Optional<WeightedEstimate> estimate,
                                           ScoringParameters parameters) {
        Map<Source, Double> weights = tree.sourceWeights(indicator);
        double presentWeight = 0;
        double weighted = 0;
        boolean incomplete = false;
        for (Map.Entry<Source, Double> weight : weights.entrySet()) {
            Double value = sources.get(weight.getKey());
            if (weight.getValue() == 0) {
                continue;
            }
            if (value == null) {
                incomplete = true;
            } else {
                presentWeight += weight.getValue();
                weighted += weight.getValue() * value;
            }
        }
        double value = presentWeight > 0 ? weighted / presentWeight : Double.NaN;
        boolean insufficient = weights.getOrDefault(Source.PUBLIC, 0.0) > 0 && estimate.isPresent()
                && estimate.get().effectiveSampleSize() < parameters.minEffectiveSample();
        return new IndicatorResult(indicator, leafWeight, sources, estimate, value, incomplete, insufficient);
    }

    /** Bonus items together add at most maxBonus, deductions take at most maxDeduction: over a cap, scaled down. */
    private static List<Contribution> bounded(List<Adjustment> items, ScoringParameters parameters) {
        double bonus = 0;
        double deduction = 0;
        for (Adjustment item : items) {
            if (item.points() > 0) {
                bonus += item.points();
            } else {
                deduction -= item.points();
            }
        }
        double bonusScale = bonus > parameters.maxBonus() ? parameters.maxBonus() / bonus : 1;
        double deductionScale = deduction > parameters.maxDeduction() ? parameters.maxDeduction() / deduction : 1;
        List<Contribution> bounded = new ArrayList<>();
        for (Adjustment item : items) {
            double scale = item.points() > 0 ? bonusScale : deductionScale;
            bounded.add(Contribution.adjustment(item.reason(), item.points() * scale));
        }
        return bounded;
    }

    /**
     * Each panel's agreement per track, indicator and source: Kendall's W over complete rankings.
     * When raters left agencies out (an expert stepping aside, an organisation assigned to some
     * agencies only), the larger of two complete blocks is taken: the raters who scored every
     * agency, or every rater over the agencies all of them scored (the first on a tie). Public so
     * administrators see it before a run, computed the same way.
     */
    public static List<Agreement> agreements(List<AgencyRef> agencyRefs, List<PanelScore> panelScores, double lowThreshold) {
        Map<String, String> trackOf = new HashMap<>();
        agencyRefs.forEach(a -> trackOf.put(a.code(), a.track()));
        // (track, indicator, source) -> rater -> agency -> score
        Map<String, Map<String, Map<String, Double>>> panels = new TreeMap<>();
        for (PanelScore score : panelScores) {
            String key = trackOf.get(score.agency()) + "\u0000" + score.indicator() + "\u0000" + score.source().name();
            panels.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(score.rater(), r -> new TreeMap<>())
                    .put(score.agency(), score.score());
        }
        List<Agreement> agreements = new ArrayList<>();
        panels.forEach((key, byRater) -> {
            String[] parts = key.split("\u0000");
            java.util.SortedSet<String> all = new java.util.TreeSet<>();
            byRater.values().forEach(scores -> all.addAll(scores.keySet()));
            java.util.SortedSet<String> shared = new java.util.TreeSet<>(all);
            byRater.values().forEach(scores -> shared.retainAll(scores.keySet()));
            List<Map<String, Double>> complete = byRater.values().stream().filter(scores -> scores.keySet().containsAll(all)).toList();
            boolean byRaters = (long) complete.size() * all.size() >= (long) byRater.size() * shared.size();
            java.util.SortedSet<String> agencies = byRaters ? all : shared;
            List<Map<String, Double>> raters = byRaters ? complete : List.copyOf(byRater.values());
            double[][] ranks = raters.stream().map(scores -> agencies.stream().mapToDouble(scores::get).toArray()).toArray(double[][]::new);
            double w = PanelAggregation.kendallW(ranks);
            agreements.add(new Agreement(parts[0], parts[1], Source.valueOf(parts[2]), raters.size(), agencies.size(), w,
                    !Double.isNaN(w) && w < lowThreshold));
        });
        return agreements;
    }

    /** The published value: the double rounded once, half up, to 2 decimals, from its exact binary value. */
    static BigDecimal publish(double score) {
        return new BigDecimal(score).setScale(2, RoundingMode.HALF_UP);
    }
}
