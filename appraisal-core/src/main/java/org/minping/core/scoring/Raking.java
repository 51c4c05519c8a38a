package org.minping.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Raking by iterative proportional fitting: one factor per stratum such that the weighted total
 * of every category of every weighting variable equals its population share times the total base
 * weight. Strata with a missing variable keep factor 1 and stay out of the margins.
 */
public final class Raking {

    /** How far past a trimming bound a factor may sit after re-raking and still count as trimmed. */
    static final double TRIM_SLACK = 1e-9;

    private Raking() {
    }

    /**
     * @param baseTotals the sum of base (trust) weights per stratum, each appraisal counted once
     * @throws ScoringException when margins and data are inconsistent or the fit does not converge
     */
    public static RakingResult rake(Map<Stratum, Double> baseTotals, RakingSpec spec) {
        List<WeightingVariable> variables = spec.variables();
        TreeMap<Stratum, Double> factors = new TreeMap<>();
        if (variables.isEmpty()) {
            baseTotals.keySet().forEach(stratum -> factors.put(stratum, 1.0));
            return new RakingResult(factors, 0, 0);
        }
        List<Stratum> strata = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        new TreeMap<>(baseTotals).forEach((stratum, total) -> {
            Checks.nonNegative(total, "the base weight of stratum " + stratum.categories());
            if (stratum.isComplete(variables.size())) {
                if (total > 0) {
                    strata.add(stratum);
                    totals.add(total);
                }
            } else {
                factors.put(stratum, 1.0);
            }
        });
        checkConsistency(strata, variables);
        double[] base = totals.stream().mapToDouble(Double::doubleValue).toArray();
        double[] f = new double[base.length];
        java.util.Arrays.fill(f, 1.0);
        Fit fit = fit(strata, base, f, spec);
        if (spec.trimming().isPresent()) {
            fit = trimAndRerake(strata, base, f, spec, fit);
        }
        for (int h = 0; h < strata.size(); h++) {
            factors.put(strata.get(h), f[h]);
        }
        return new RakingResult(factors, fit.iterations, fit.maxRelativeError);
    }

    /**
     * Whether the base totals can be raked to the margins at all, without fitting: throws the
     * exception {@link #rake} would throw for data the margins do not fit (nobody states every
     * variable, a category named without a share, a category with a share and no respondents), so
     * that a run's inconsistency can be named before the run.
     */
    public static void checkRakeable(Map<Stratum, Double> baseTotals, List<WeightingVariable> variables) {
        if (variables.isEmpty()) {
            return;
        }
        List<Stratum> strata = new ArrayList<>();
        new TreeMap<>(baseTotals).forEach((stratum, total) -> {
            if (stratum.isComplete(variables.size()) && total > 0) {
                strata.add(stratum);
            }
        });
        checkConsistency(strata, variables);
    }

    private record Fit(int iterations, double maxRelativeError) {
    }

    private static Fit fit(List<Stratum> strata, double[] base, double[] f, RakingSpec spec) {
        double grandTotal = 0;
        for (double total : base) {
            grandTotal += total;
        }
        List<WeightingVariable> variables = spec.variables();
        for (int iteration = 1; iteration <= spec.maxIterations(); iteration++) {
            for (int v = 0; v < variables.size(); v++) {
                Map<String, Double> current = weightedTotals(strata, base, f, v);
                for (int h = 0; h < strata.size(); h++) {
                    String category = strata.get(h).categories().get(v);
                    double target = variables.get(v).populationShares().get(category) * grandTotal;
                    f[h] *= target / current.get(category);
                }
            }
            double error = maxRelativeError(strata, base, f, variables, grandTotal);
            if (error < spec.tolerance()) {
                return new Fit(iteration, error);
            }
        }
        throw new ScoringException("raking.converge", "raking did not converge to a relative margin error below " + spec.tolerance()
                + " within " + spec.maxIterations() + " iterations (left: "
                + maxRelativeError(strata, base, f, variables, grandTotal) + ")", List.of(spec.maxIterations()));
    }

    private static Fit trimAndRerake(List<Stratum> strata, double[] base, double[] f, RakingSpec spec, Fit first) {
        Trimming trimming = spec.trimming().orElseThrow();
        Fit fit = first;
        for (int round = 1; round <= spec.maxIterations(); round++) {
            double weighted = 0;
            double total = 0;
            for (int h = 0; h < f.length; h++) {
                weighted += f[h] * base[h];
                total += base[h];
            }
            double mean = weighted / total;
            double low = trimming.lower() * mean;
            double high = trimming.upper() * mean;
            boolean trimmed = false;
            for (int h = 0; h < f.length; h++) {
                // A relative slack keeps factors that sit on a bound from bouncing forever.
                if (f[h] < low * (1 - TRIM_SLACK)) {
                    f[h] = low;
                    trimmed = true;
                } else if (f[h] > high * (1 + TRIM_SLACK)) {
                    f[h] = high;
                    trimmed = true;
                }
            }
            if (!trimmed) {
                return fit;
            }
            fit = fit(strata, base, f, spec);
        }
        throw new ScoringException("raking.trimming", "trimming to [" + trimming.lower() + ", " + trimming.upper()
                + "] × mean and raking again did not settle within " + spec.maxIterations() + " rounds",
                List.of(Double.toString(trimming.lower()), Double.toString(trimming.upper()), spec.maxIterations()));
    }

    private static Map<String, Double> weightedTotals(List<Stratum> strata, double[] base, double[] f, int variable) {
        Map<String, Double> totals = new TreeMap<>();
        for (int h = 0; h < strata.size(); h++) {
            totals.merge(strata.get(h).categories().get(variable), f[h] * base[h], Double::sum);
        }
        return totals;
    }

    private static double maxRelativeError(List<Stratum> strata, double[] base, double[] f,
                                           List<WeightingVariable> variables, double grandTotal) {
        double worst = 0;
        for (int v = 0; v < variables.size(); v++) {
            Map<String, Double> current = weightedTotals(strata, base, f, v);
            for (Map.Entry<String, Double> margin : variables.get(v).populationShares().entrySet()) {
                double target = margin.getValue() * grandTotal;
                if (target == 0) {
                    continue;
                }
                double actual = current.getOrDefault(margin.getKey(), 0.0);
                worst = StrictMath.max(worst, StrictMath.abs(actual - target) / target);
            }
        }
        return worst;
    }

    private static void checkConsistency(List<Stratum> strata, List<WeightingVariable> variables) {
        if (strata.isEmpty()) {
            throw new ScoringException("raking.empty", "no appraisal states all weighting variables: there is nothing to rake", List.of());
        }
        for (int v = 0; v < variables.size(); v++) {
            WeightingVariable variable = variables.get(v);
            java.util.Set<String> seen = new java.util.TreeSet<>();
            for (Stratum stratum : strata) {
                String category = stratum.categories().get(v);
                Double share = variable.populationShares().get(category);
                if (share == null) {
                    throw new ScoringException("raking.noShare", "respondents name " + variable.name() + "=" + category
                            + ", which has no population share", List.of(variable.name(), category));
                }
                if (share == 0) {
                    throw new ScoringException("raking.zeroShare", "respondents name " + variable.name() + "=" + category
                            + ", whose population share is 0", List.of(variable.name(), category));
                }
                seen.add(category);
            }
            for (Map.Entry<String, Double> margin : variable.populationShares().entrySet()) {
                if (margin.getValue() > 0 && !seen.contains(margin.getKey())) {
                    throw new ScoringException("raking.noRespondents", "the margin cell " + variable.name() + "=" + margin.getKey()
                            + " has no respondents", List.of(variable.name(), margin.getKey()));
                }
            }
        }
    }
}
