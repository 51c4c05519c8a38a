package org.minping.core.scoring;

/**
 * A weighted mean satisfaction with its precision: Kish's effective sample size, the standard
 * error and the 95% interval (normal approximation, clipped to [0, 100]).
 */
public record WeightedEstimate(double mean, double weightSum, double effectiveSampleSize, double variance,
                               double standardError, double lower, double upper, long respondents) {

    /** The 0.975 quantile of the standard normal distribution. */
    public static final double Z_975 = 1.959963984540054;

    /** Accumulates weighted ratings of one agency and indicator; cells must arrive in a fixed order. */
    static final class Accumulator {
        private final double[] weightByLevel = new double[LevelScale.LEVELS];
        private double weightSquareSum;
        private long respondents;

        void add(int level, double weight, double weightSquare, long count) {
            weightByLevel[level - 1] += weight;
            weightSquareSum += weightSquare;
            respondents += count;
        }

        WeightedEstimate estimate(LevelScale scale) {
            double weightSum = 0;
            double weighted = 0;
            for (int i = 0; i < LevelScale.LEVELS; i++) {
                weightSum += weightByLevel[i];
                weighted += weightByLevel[i] * scale.score(i + 1);
            }
            double mean = weighted / weightSum;
            // Second pass about the mean: exact, since every rating in a level has the same score.
            double squares = 0;
            for (int i = 0; i < LevelScale.LEVELS; i++) {
                double deviation = scale.score(i + 1) - mean;
                squares += weightByLevel[i] * deviation * deviation;
            }
            double variance = squares / weightSum;
            double nEff = weightSum * weightSum / weightSquareSum;
            double se = StrictMath.sqrt(variance / nEff);
            double lower = StrictMath.max(0, mean - Z_975 * se);
            double upper = StrictMath.min(100, mean + Z_975 * se);
            return new WeightedEstimate(mean, weightSum, nEff, variance, se, lower, upper, respondents);
        }
    }
}
