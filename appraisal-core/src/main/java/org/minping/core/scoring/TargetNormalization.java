package org.minping.core.scoring;

import java.util.List;

/**
 * Turns a raw indicator value with its target 目标值 and challenge 挑战值 into a score from 0 to 100,
 * the way performance contracts read: meeting the target earns 60, reaching the challenge earns
 * 100, and in between the score rises in proportion; short of the target it falls in proportion to
 * the shortfall, to 0 at nothing achieved.
 *
 * <p>Higher is better when the challenge exceeds the target (e.g. cases handled online, %):
 * <pre>
 *   value ≥ challenge          → 100
 *   target ≤ value < challenge → 60 + 40 · (value − target) / (challenge − target)
 *   value < target             → max(0, 60 · value / target)
 * </pre>
 * Lower is better when the challenge is below the target (e.g. days to approve): the same rule
 * mirrored, with 0 at twice the target:
 * <pre>
 *   value ≤ challenge          → 100
 *   challenge < value ≤ target → 60 + 40 · (target − value) / (target − challenge)
 *   value > target             → max(0, 60 · (2 · target − value) / target)
 * </pre>
 */
public final class TargetNormalization {

    private TargetNormalization() {
    }

    /**
     * @throws ScoringException when the target equals the challenge, the target is not positive, or a value is not finite or negative
     */
    public static double score(double value, double target, double challenge) {
        if (!Double.isFinite(value) || !Double.isFinite(target) || !Double.isFinite(challenge)) {
            throw new ScoringException("target.finite", "value, target and challenge must be finite numbers", List.of());
        }
        if (value < 0 || target <= 0 || challenge < 0) {
            throw new ScoringException("target.range", "value and challenge must be 0 or more and the target more than 0", List.of());
        }
        if (target == challenge) {
            throw new ScoringException("target.direction", "the challenge must differ from the target: it says which way is better",
                    List.of());
        }
        if (challenge > target) {
            if (value >= challenge) {
                return 100;
            }
            if (value >= target) {
                return 60 + 40 * (value - target) / (challenge - target);
            }
            return Math.max(0, 60 * value / target);
        }
        if (value <= challenge) {
            return 100;
        }
        if (value <= target) {
            return 60 + 40 * (target - value) / (target - challenge);
        }
        return Math.max(0, 60 * (2 * target - value) / target);
    }
}
