package org.minping.core.cycle;

/**
 * Where a cycle is in its year. Settings (parameters, margins, source weights) change only in
 * {@link #DRAFT}; appraisals count only while the cycle is {@link #OPEN}; a run made after closing
 * makes it {@link #SCORED}, and only such a run can be {@link #PUBLISHED}.
 */
public enum CycleState {
    DRAFT, OPEN, CLOSED, SCORED, PUBLISHED;

    /** Whether no more appraisals count in the cycle: a run now sees all of them. */
    public boolean intakeEnded() {
        return this == CLOSED || this == SCORED || this == PUBLISHED;
    }

    /** Whether the cycle's settings are fixed: from opening on, so every run of it scores by the same rules. */
    public boolean settingsFrozen() {
        return this != DRAFT;
    }
}
