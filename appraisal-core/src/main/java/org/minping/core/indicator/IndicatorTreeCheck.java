package org.minping.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minping.core.scoring.Source;
import org.minping.core.shared.FieldError;

/**
 * What makes an indicator-system version usable, checked on the tree as the editor holds it:
 * the weights of the indicators under one parent (and of the first level) sum to 100%; a leaf's
 * source weights sum to 100%; a leaf weighs public appraisal only if citizens rate it; exactly one
 * leaf is the overall satisfaction every appraisal rates. Each problem names the level and the
 * parent, so the office sees where to look. Pure: no database, no clock.
 */
public final class IndicatorTreeCheck {

    /** Weights are stored with six decimals; sums within this of 1 are exact enough. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    private IndicatorTreeCheck() {
    }

    /** One node as the check needs it; {@code parentCode} is null on the first level; {@code sources} only matter on leaves. */
    public record Node(String code, String parentCode, String nameZh, String nameEn, BigDecimal weight, boolean publicAppraisal,
                       boolean overallSatisfaction, Map<Source, BigDecimal> sources) {
        public Node {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(weight, "weight");
            sources = Map.copyOf(sources);
        }
    }

    /** Every problem of the tree, first-level sums first, then by parent in the order given; empty when the version is usable. */
    public static List<FieldError> problems(List<Node> nodes) {
        List<FieldError> problems = new ArrayList<>();
        Map<String, Node> byCode = new LinkedHashMap<>();
        nodes.forEach(node -> byCode.put(node.code(), node));
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Boolean> hasChildren = new LinkedHashMap<>();
        String top = "\u0000top";
        sums.put(top, BigDecimal.ZERO);
        for (Node node : nodes) {
            String parent = node.parentCode() == null ? top : node.parentCode();
            sums.merge(parent, node.weight(), BigDecimal::add);
            if (node.parentCode() != null) {
                hasChildren.put(node.parentCode(), true);
            }
        }
        if (nodes.isEmpty()) {
            problems.add(new FieldError("indicators", "indicator.tree.empty", "the version has no indicators"));
            return problems;
        }
        sums.forEach((parent, sum) -> {
            if (!isWhole(sum)) {
                if (parent.equals(top)) {
                    problems.add(new FieldError("weight", "indicator.sum.top",
                            "the first-level indicators weigh " + percent(sum) + "% together, not 100%", percent(sum)));
                } else {
                    Node owner = byCode.get(parent);
                    problems.add(new FieldError("weight", "indicator.sum.under",
                            "the indicators of level " + (depth(owner, byCode) + 2) + " under " + parent + " weigh " + percent(sum)
                                    + "% together, not 100%",
                            depth(owner, byCode) + 2, parent, percent(sum)));
                }
            }
        });
        int overall = 0;
        for (Node node : nodes) {
            if (hasChildren.containsKey(node.code())) {
                continue;
            }
            overall += node.overallSatisfaction() ? 1 : 0;
            BigDecimal sourceSum = node.sources().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!isWhole(sourceSum)) {
                problems.add(new FieldError("sources", "indicator.sources.sum",
                        "the sources of " + node.code() + " weigh " + percent(sourceSum) + "% together, not 100%",
                        node.code(), percent(sourceSum)));
            }
            boolean weighsPublic = node.sources().getOrDefault(Source.PUBLIC, BigDecimal.ZERO).signum() > 0;
            if (weighsPublic && !node.publicAppraisal()) {
                problems.add(new FieldError("publicAppraisal", "indicator.public.unrated",
                        node.code() + " weighs public appraisal, which citizens do not rate", node.code()));
            }
        }
        if (overall != 1) {
            problems.add(new FieldError("overallSatisfaction", "indicator.overall.count",
                    overall + " leaves are the overall satisfaction; exactly one must be", overall));
        }
        return problems;
    }

    /** How deep a node is: 0 on the first level. A loop, which the editor cannot make, stops at the node count. */
    static int depth(Node node, Map<String, Node> byCode) {
        int depth = 0;
        Node at = node;
        while (at.parentCode() != null && byCode.containsKey(at.parentCode()) && depth < byCode.size()) {
            at = byCode.get(at.parentCode());
            depth++;
        }
        return depth;
    }

    private static boolean isWhole(BigDecimal sum) {
        return sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) <= 0;
    }

    /** A fraction as a percentage, as the office types it: 0.95 is "95", 0.333333 is "33.3333". */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
