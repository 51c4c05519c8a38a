package org.minping.core.scoring;

/** Caps raking factors to [lower, upper] × their mean, then rakes again. */
public record Trimming(double lower, double upper) {

    public Trimming {
        Checks.within(lower, 0, 1, "the lower trimming bound");
        Checks.finite(upper, "the upper trimming bound");
        if (upper < 1) {
            throw new ScoringException("the upper trimming bound must be at least 1, not " + upper);
        }
    }
}
