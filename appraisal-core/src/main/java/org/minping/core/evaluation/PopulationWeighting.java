package org.minping.core.evaluation;

/** How a run weights respondents to the population. */
public enum PopulationWeighting {
    /** By the cycle's margins, if it has any: the ordinary run. */
    CYCLE_MARGINS,
    /**
     * Not at all, by the administrator's explicit choice for a cycle whose appraisals cannot be
     * weighted to its margins; recorded in the run's parameters and its audit event.
     */
    SKIPPED;

    /** The key the run's stored parameters carry for a run without weighting, with the value {@code skipped}. */
    public static final String PARAMETER = "populationWeighting";
}
