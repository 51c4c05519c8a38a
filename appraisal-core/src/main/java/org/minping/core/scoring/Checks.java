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
