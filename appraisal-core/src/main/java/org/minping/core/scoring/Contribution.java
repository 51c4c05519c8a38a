package org.minping.core.scoring;

/**
 * One term of an agency's score: what one source adds through one indicator, or, with no
 * indicator and no source, what a bonus or deduction item adds. All terms sum to the score.
 */
public record Contribution(String indicator, Source source, String adjustmentReason, double points) {

    static Contribution of(String indicator, Source source, double points) {
        return new Contribution(indicator, source, null, points);
    }

    static Contribution adjustment(String reason, double points) {
        return new Contribution(null, null, reason, points);
    }

    public boolean isAdjustment() {
        return adjustmentReason != null;
    }
}
