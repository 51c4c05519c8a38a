package org.minping.core.scoring;

import java.util.Map;
import java.util.Optional;

/**
 * One agency's result on one leaf indicator: each source present, the public estimate before and
 * after shrinkage, and the combined value x (NaN when no source scored it).
 */
public record IndicatorResult(String indicator, double leafWeight, Map<Source, Double> sources,
                              Optional<WeightedEstimate> publicEstimate, double value, boolean incomplete,
                              boolean insufficientSample) {

    public IndicatorResult {
        java.util.EnumMap<Source, Double> copy = new java.util.EnumMap<>(Source.class);
        copy.putAll(sources);
        sources = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isScored() {
        return !Double.isNaN(value);
    }
}
