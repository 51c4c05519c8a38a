package org.minping.core.scoring;

import java.util.Arrays;
import java.util.List;

/** Aggregation of panel scores: the mean, trimmed of one highest and one lowest from 5 raters on. */
public final class PanelAggregation {

    public static final int TRIM_FROM_RATERS = 5;

    private PanelAggregation() {
    }

    /** @param scores the panel's scores of one agency on one indicator, at least one */
    public static double trimmedMean(List<Double> scores) {
        if (scores.isEmpty()) {
            throw new ScoringException("a panel mean needs at least one score");
        }
        double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int from = sorted.length >= TRIM_FROM_RATERS ? 1 : 0;
        int to = sorted.length >= TRIM_FROM_RATERS ? sorted.length - 1 : sorted.length;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += sorted[i];
        }
        return sum / (to - from);
    }

    /**
     * Kendall's coefficient of concordance W with the standard correction for ties:
     * W = 12 S / (m² (n³ − n) − m Σ T), T = Σ (t³ − t) over each rater's groups of tied ranks.
     *
     * @param scores scores[rater][agency], every rater scoring every agency; higher is better
     * @return W in [0, 1]; NaN when it is undefined (fewer than 2 raters or agencies, or all tied)
     */
    public static double kendallW(double[][] scores) {
        int m = scores.length;
        if (m < 2) {
            return Double.NaN;
        }
        int n = scores[0].length;
        if (n < 2) {
            return Double.NaN;
        }
        double[] rankSums = new double[n];
        double tieCorrection = 0;
        for (double[] rater : scores) {
            if (rater.length != n) {
                throw new ScoringException("Kendall's W needs every rater to score every agency");
            }
            double[] ranks = ranks(rater);
            for (int i = 0; i < n; i++) {
                rankSums[i] += ranks[i];
            }
            tieCorrection += ties(rater);
        }
        double meanRankSum = m * (n + 1) / 2.0;
        double s = 0;
        for (double rankSum : rankSums) {
            s += (rankSum - meanRankSum) * (rankSum - meanRankSum);
        }
        double denominator = (double) m * m * ((double) n * n * n - n) - m * tieCorrection;
        return denominator == 0 ? Double.NaN : 12 * s / denominator;
    }

    /** Average ranks, 1 for the lowest value. */
    static double[] ranks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = average;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double ties(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }
}
