package org.minping.moderation.bomb;

/**
 * Upper tails of the distributions the slow brigade tests use, computed in log space: the binomial
 * P(X ≥ k) for X ~ Binomial(n, p), and Fisher's exact one-sided test of a 2×2 table (the
 * hypergeometric tail), which also allows for the reference sample being a sample.
 */
final class BinomialTail {

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private BinomialTail() {
    }

    static double atLeast(int k, int n, double p) {
        if (k <= 0) {
            return 1;
        }
        if (k > n) {
            return 0;
        }
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        double logTerm = logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
        double term = Math.exp(logTerm);
        double ratio = p / (1 - p);
        double sum = 0;
        // Terms fall once i passes the mean; stop when they no longer change the sum. When the first
        // term underflows, the tail is far below any threshold anyone tests against.
        for (int i = k; i <= n; i++) {
            sum += term;
            term *= (n - i) / (double) (i + 1) * ratio;
            if (i > n * p && term < sum * 1e-17) {
                break;
            }
        }
        return Math.min(1, sum);
    }

    /**
     * Fisher's exact test, one-sided: the chance that a sample of {@code n} ratings drawn from
     * {@code total} ratings, {@code atLevel} of which are at a level, holds {@code k} or more at that
     * level (X ~ Hypergeometric(total, atLevel, n)).
     */
    static double fisherAtLeast(int k, int n, int atLevel, int total) {
        int most = Math.min(n, atLevel);
        if (k <= Math.max(0, n + atLevel - total)) {
            return 1;
        }
        if (k > most) {
            return 0;
        }
        double term = Math.exp(logChoose(atLevel, k) + logChoose(total - atLevel, n - k) - logChoose(total, n));
        double sum = 0;
        for (int x = k; x <= most; x++) {
            sum += term;
            term *= (atLevel - x) / (double) (x + 1) * (n - x) / (double) (total - atLevel - n + x + 1);
            if (term < sum * 1e-17) {
                break;
            }
        }
        return Math.min(1, sum);
    }

    private static double logChoose(int n, int k) {
        return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
    }

    /** Lanczos approximation (g = 7), accurate to about 15 digits for positive arguments. */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
