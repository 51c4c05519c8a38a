package org.minping.moderation.bomb;

/** The upper tail of the binomial distribution, P(X ≥ k) for X ~ Binomial(n, p), computed in log space. */
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
