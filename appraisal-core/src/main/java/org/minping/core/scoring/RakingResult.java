package org.minping.core.scoring;

import java.util.Map;
import java.util.TreeMap;

/**
 * The raking factor f of every stratum (1 for strata with a missing variable), the number of
 * sweeps it took and the largest relative margin error left.
 */
public record RakingResult(Map<Stratum, Double> factors, int iterations, double maxRelativeError) {

    public RakingResult {
        factors = java.util.Collections.unmodifiableMap(new TreeMap<>(factors));
    }

    public double factor(Stratum stratum) {
        Double factor = factors.get(stratum);
        return factor == null ? 1.0 : factor;
    }
}
