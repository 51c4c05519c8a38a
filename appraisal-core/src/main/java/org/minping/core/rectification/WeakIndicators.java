package org.minping.core.rectification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency's indicators by their score in a run, weakest first. A run stores each indicator's
 * contribution to the overall score, which is its leaf weight (the weights' product down the tree)
 * times its score: the score is the contribution over the leaf weight.
 */
public final class WeakIndicators {

    private WeakIndicators() {
    }

    /** An indicator of the tree: its parent's code (null at the top) and its weight among its siblings. */
    public record Node(String code, String parent, double weight) {
    }

    /** An indicator's score in the run, and whether it is below the office's threshold. */
    public record Scored(String indicatorCode, double score, boolean belowThreshold) {
    }

    /** Each indicator's leaf weight: its weight times its ancestors' weights. */
    public static Map<String, Double> leafWeights(List<Node> nodes) {
        Map<String, Node> byCode = new HashMap<>();
        nodes.forEach(node -> byCode.put(node.code(), node));
        Map<String, Double> weights = new HashMap<>();
        for (Node node : nodes) {
            double weight = 1;
            Node at = node;
            for (int depth = 0; at != null && depth <= nodes.size(); depth++) {
                weight *= at.weight();
                at = at.parent() == null ? null : byCode.get(at.parent());
            }
            weights.put(node.code(), weight);
        }
        return weights;
    }

    /**
     * The scored indicators, weakest first (ties by code), at most {@code limit}; indicators without
     * a positive leaf weight are left out (their contribution says nothing of their score).
     */
    public static List<Scored> weakest(Map<String, Double> pointsByIndicator, Map<String, Double> leafWeights,
                                       double threshold, int limit) {
        List<Scored> scored = new ArrayList<>();
        pointsByIndicator.forEach((code, points) -> {
            Double weight = leafWeights.get(code);
            if (weight != null && weight > 0) {
                double score = points / weight;
                scored.add(new Scored(code, score, score < threshold));
            }
        });
        scored.sort(Comparator.comparingDouble(Scored::score).thenComparing(Scored::indicatorCode));
        return scored.subList(0, Math.min(limit, scored.size()));
    }
}
