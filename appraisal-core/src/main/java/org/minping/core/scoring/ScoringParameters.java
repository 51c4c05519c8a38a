package org.minping.core.scoring;

/**
 * A cycle's parameters: level scale, raking, shrinkage strength k and minimum effective sample,
 * grade bands, bounds on bonus and deduction, sensitivity, and the low-agreement threshold.
 *
 * @param maxBonus the most all bonus items together may add (points)
 * @param maxDeduction the most all deduction items together may take away (points, positive)
 */
public record ScoringParameters(LevelScale levelScale, RakingSpec raking, double shrinkageK, double minEffectiveSample,
                                GradeBands gradeBands, double maxBonus, double maxDeduction, Sensitivity sensitivity,
                                double lowAgreementThreshold) {

    public ScoringParameters {
        if (levelScale == null || raking == null || gradeBands == null || sensitivity == null) {
            throw new ScoringException("level scale, raking, grade bands and sensitivity are required parameters");
        }
        Checks.nonNegative(shrinkageK, "the shrinkage strength k");
        Checks.nonNegative(minEffectiveSample, "the minimum effective sample size");
        Checks.nonNegative(maxBonus, "the bonus cap");
        Checks.nonNegative(maxDeduction, "the deduction cap");
        Checks.within(lowAgreementThreshold, 0, 1, "the low-agreement threshold");
    }

    /** The defaults of the design: linear scale, no raking, k = 10, minimum n_eff 30, standard bands, ±5 points. */
    public static ScoringParameters defaults() {
        return new ScoringParameters(LevelScale.linear(), RakingSpec.none(), 10, 30, GradeBands.standard(), 5, 5,
                Sensitivity.standard(), 0.5);
    }

    public ScoringParameters withRaking(RakingSpec spec) {
        return new ScoringParameters(levelScale, spec, shrinkageK, minEffectiveSample, gradeBands, maxBonus, maxDeduction,
                sensitivity, lowAgreementThreshold);
    }

    public ScoringParameters withSensitivity(Sensitivity value) {
        return new ScoringParameters(levelScale, raking, shrinkageK, minEffectiveSample, gradeBands, maxBonus, maxDeduction,
                value, lowAgreementThreshold);
    }

    public ScoringParameters withShrinkage(double k, double minimum) {
        return new ScoringParameters(levelScale, raking, k, minimum, gradeBands, maxBonus, maxDeduction, sensitivity,
                lowAgreementThreshold);
    }
}
