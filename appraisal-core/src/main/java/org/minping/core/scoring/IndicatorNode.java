package org.minping.core.scoring;

import java.util.EnumMap;
import java.util.Map;

/**
 * A node of the indicator tree: its weight relative to its siblings and, for a leaf, the weights
 * of the sources that score it (summing to 1). A root has no parent.
 */
public record IndicatorNode(String code, String parent, double weight, Map<Source, Double> sourceWeights) {

    public IndicatorNode {
        Checks.require(code, "an indicator's code");
        Checks.within(weight, 0, 1, "the weight of indicator " + code);
        EnumMap<Source, Double> copy = new EnumMap<>(Source.class);
        if (sourceWeights != null) {
            sourceWeights.forEach((source, value) -> {
                if (source == null || value == null) {
                    throw new ScoringException("indicator " + code + " has an incomplete source weight");
                }
                copy.put(source, Checks.within(value, 0, 1, "the weight of source " + source + " in indicator " + code));
            });
        }
        sourceWeights = java.util.Collections.unmodifiableMap(copy);
    }

    public static IndicatorNode branch(String code, String parent, double weight) {
        return new IndicatorNode(code, parent, weight, Map.of());
    }

    public static IndicatorNode leaf(String code, String parent, double weight, Map<Source, Double> sourceWeights) {
        return new IndicatorNode(code, parent, weight, sourceWeights);
    }
}
