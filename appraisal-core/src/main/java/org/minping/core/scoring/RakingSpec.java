package org.minping.core.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How respondents are weighted to the population: the variables and their margins, the
 * convergence tolerance (largest relative margin error), the iteration cap, optional trimming.
 */
public record RakingSpec(List<WeightingVariable> variables, double tolerance, int maxIterations,
                         Optional<Trimming> trimming) {

    public static final double DEFAULT_TOLERANCE = 1e-12;
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    public RakingSpec {
        variables = List.copyOf(variables);
        Set<String> names = new HashSet<>();
        for (WeightingVariable variable : variables) {
            if (!names.add(variable.name())) {
                throw new ScoringException("weighting variable " + variable.name() + " is given twice");
            }
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new ScoringException("the raking tolerance must be a positive number, not " + tolerance);
        }
        if (maxIterations < 1) {
            throw new ScoringException("the raking iteration cap must be at least 1, not " + maxIterations);
        }
        trimming = trimming == null ? Optional.empty() : trimming;
    }

    public static RakingSpec none() {
        return new RakingSpec(List.of(), DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, Optional.empty());
    }

    public static RakingSpec of(List<WeightingVariable> variables) {
        return new RakingSpec(variables, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, Optional.empty());
    }
}
