package org.minping.core.scoring;

/**
 * How rank stability is probed: {@code draws} sets of leaf weights drawn from a Dirichlet
 * distribution centred on the configured weights (concentration c: parameters c × W_j; larger c,
 * smaller perturbations), from a fixed seed so that reruns agree.
 */
public record Sensitivity(int draws, double concentration, long seed) {

    /**
     * The most draws a run may take, as cycle settings allow: each draw ranks every agency once
     * and keeps every agency's rank, so time and memory grow with draws × agencies.
     */
    public static final int MAX_DRAWS = 10_000;

    public Sensitivity {
        if (draws < 0 || draws > MAX_DRAWS) {
            throw new ScoringException("draws", "the number of sensitivity draws must be from 0 to " + MAX_DRAWS + ", not "
                    + draws);
        }
        if (!(concentration > 0) || !Double.isFinite(concentration)) {
            throw new ScoringException("concentration", "the Dirichlet concentration must be a positive number, not "
                    + concentration);
        }
    }

    public static Sensitivity standard() {
        return new Sensitivity(200, 100, 20110601L);
    }

    public static Sensitivity off() {
        return new Sensitivity(0, 1, 0);
    }
}
