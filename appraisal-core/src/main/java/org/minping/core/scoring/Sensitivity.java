package org.minping.core.scoring;

/**
 * How rank stability is probed: {@code draws} sets of leaf weights drawn from a Dirichlet
 * distribution centred on the configured weights (concentration c: parameters c × W_j; larger c,
 * smaller perturbations), from a fixed seed so that reruns agree.
 */
public record Sensitivity(int draws, double concentration, long seed) {

    public Sensitivity {
        if (draws < 0) {
            throw new ScoringException("the number of sensitivity draws must not be negative, not " + draws);
        }
        if (!(concentration > 0) || !Double.isFinite(concentration)) {
            throw new ScoringException("the Dirichlet concentration must be a positive number, not " + concentration);
        }
    }

    public static Sensitivity standard() {
        return new Sensitivity(200, 100, 20110601L);
    }

    public static Sensitivity off() {
        return new Sensitivity(0, 1, 0);
    }
}
