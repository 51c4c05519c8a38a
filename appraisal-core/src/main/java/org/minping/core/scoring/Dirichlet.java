package org.minping.core.scoring;

import java.util.Random;

/** Dirichlet draws from gamma variates (Marsaglia and Tsang), with StrictMath so draws agree across platforms. */
final class Dirichlet {

    private Dirichlet() {
    }

    /** A draw with parameters concentration × mean[j]; components with mean 0 stay 0. */
    static double[] draw(Random random, double[] mean, double concentration) {
        double[] draw = new double[mean.length];
        double sum = 0;
        for (int j = 0; j < mean.length; j++) {
            if (mean[j] > 0) {
                draw[j] = gamma(random, concentration * mean[j]);
                sum += draw[j];
            }
        }
        for (int j = 0; j < draw.length; j++) {
            draw[j] = sum > 0 ? draw[j] / sum : mean[j];
        }
        return draw;
    }

    static double gamma(Random random, double shape) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(random, shape + 1) * StrictMath.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x) {
                return d * v;
            }
            if (StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
                return d * v;
            }
        }
    }
}
