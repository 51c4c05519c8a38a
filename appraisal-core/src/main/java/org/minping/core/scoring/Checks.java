package org.minping.core.scoring;

import java.util.Collection;

/** Guards shared by the value types of the engine; each failure names what is wrong. */
final class Checks {

    static final double SUM_TOLERANCE = 1e-9;

    private Checks() {
    }

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ScoringException(what + " is required");
        }
        return value;
    }

    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new ScoringException(what + " must be a finite number, not " + value);
        }
        return value;
    }

    /**
     * A public estimate whose every number is finite: weights that are each in range can still add
     * up, once raked and squared, past what a double holds, and an infinite sum would pass silently
     * into a mean, a standard error and a rank.
     */
    static WeightedEstimate finite(WeightedEstimate estimate, String agency, String indicator) {
        double[] numbers = {estimate.mean(), estimate.weightSum(), estimate.effectiveSampleSize(), estimate.variance(),
            estimate.standardError(), estimate.lower(), estimate.upper()};
        for (double number : numbers) {
            if (!Double.isFinite(number)) {
                throw new ScoringException("the raked weights of the cube cells of " + agency + "/" + indicator
                        + " add up past what a double holds: their weight sums are too large");
            }
        }
        return estimate;
    }

    static double nonNegative(double value, String what) {
        finite(value, what);
        if (value < 0) {
            throw new ScoringException(what + " must not be negative, not " + value);
        }
        return value;
    }

    static double within(double value, double low, double high, String what) {
        finite(value, what);
        if (value < low || value > high) {
            throw new ScoringException(what + " must lie in [" + low + ", " + high + "], not " + value);
        }
        return value;
    }

    static void sumsToOne(Collection<Double> values, String what) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        if (StrictMath.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new ScoringException(what + " must sum to 1, not " + sum);
        }
    }
}
