package org.minping.core.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A validated indicator tree: sibling weights sum to 1 at every level, each leaf's source weights
 * sum to 1, so the leaf weights (products down the tree) sum to 1.
 */
public final class IndicatorTree {

    private final List<IndicatorNode> nodes;
    private final TreeMap<String, Double> leafWeights = new TreeMap<>();
    private final TreeMap<String, Map<Source, Double>> sourceWeights = new TreeMap<>();

    public IndicatorTree(List<IndicatorNode> nodes) {
        if (nodes == null || nodes.isEmpty()) {
            throw new ScoringException("an indicator tree needs at least one indicator");
        }
        this.nodes = List.copyOf(nodes);
        Map<String, IndicatorNode> byCode = new HashMap<>();
        Map<String, List<IndicatorNode>> children = new TreeMap<>();
        for (IndicatorNode node : this.nodes) {
            if (byCode.put(node.code(), node) != null) {
                throw new ScoringException("indicator " + node.code() + " appears twice in the tree");
            }
        }
        for (IndicatorNode node : this.nodes) {
            String parent = node.parent() == null ? "" : node.parent();
            if (!parent.isEmpty() && !byCode.containsKey(parent)) {
                throw new ScoringException("indicator " + node.code() + " names the unknown parent " + parent);
            }
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(node);
        }
        children.forEach((parent, siblings) -> Checks.sumsToOne(siblings.stream().map(IndicatorNode::weight).toList(),
                parent.isEmpty() ? "the weights of the top-level indicators" : "the weights of the indicators under " + parent));
        for (IndicatorNode node : this.nodes) {
            if (!children.containsKey(node.code())) {
                leafWeights.put(node.code(), pathWeight(node, byCode));
                if (node.sourceWeights().isEmpty()) {
                    throw new ScoringException("leaf indicator " + node.code() + " needs source weights");
                }
                Checks.sumsToOne(node.sourceWeights().values(), "the source weights of indicator " + node.code());
                sourceWeights.put(node.code(), node.sourceWeights());
            } else if (!node.sourceWeights().isEmpty()) {
                throw new ScoringException("indicator " + node.code() + " has children, so it takes no source weights");
            }
        }
    }

    private static double pathWeight(IndicatorNode leaf, Map<String, IndicatorNode> byCode) {
        double weight = 1;
        int depth = 0;
        for (IndicatorNode node = leaf; node != null; node = node.parent() == null ? null : byCode.get(node.parent())) {
            weight *= node.weight();
            if (++depth > byCode.size()) {
                throw new ScoringException("the indicator tree has a cycle through " + leaf.code());
            }
        }
        return weight;
    }

    public List<IndicatorNode> nodes() {
        return nodes;
    }

    /** Leaf codes in code order, with their overall weights W_j. */
    public Map<String, Double> leafWeights() {
        return java.util.Collections.unmodifiableMap(leafWeights);
    }

    public Map<Source, Double> sourceWeights(String leaf) {
        Map<Source, Double> weights = sourceWeights.get(leaf);
        if (weights == null) {
            throw new ScoringException("no leaf indicator " + leaf);
        }
        return weights;
    }

    public boolean isLeaf(String code) {
        return leafWeights.containsKey(code);
    }
}
