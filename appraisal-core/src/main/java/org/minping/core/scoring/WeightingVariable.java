package org.minping.core.scoring;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A survey weighting variable (e.g. region) with the population share of each of its categories. */
public record WeightingVariable(String name, Map<String, Double> populationShares) {

    public WeightingVariable {
        Checks.require(name, "a weighting variable's name");
        if (populationShares == null || populationShares.isEmpty()) {
            throw new ScoringException("weighting variable " + name + " needs population shares");
        }
        populationShares.forEach((category, share) -> {
            Checks.require(category, "a category of " + name);
            if (share == null) {
                throw new ScoringException("the population share of " + name + "=" + category + " is missing");
            }
            try {
                Checks.nonNegative(share, "the population share of " + name + "=" + category);
            } catch (ScoringException e) {
                throw new ScoringException("margins.negative", e.getMessage(), List.of(name, category));
            }
        });
        try {
            Checks.sumsToOne(populationShares.values(), "the population shares of " + name);
        } catch (ScoringException e) {
            throw new ScoringException("margins.sum", e.getMessage(), List.of(name));
        }
        populationShares = Map.copyOf(new TreeMap<>(populationShares));
    }
}
