package org.minping.core.scoring;

/** One rater's score (0..100) of one agency on one indicator, from a third-party or expert panel. */
public record PanelScore(String agency, String indicator, Source source, String rater, double score)
        implements Comparable<PanelScore> {

    public PanelScore {
        Checks.require(agency, "a panel score's agency");
        Checks.require(indicator, "a panel score's indicator");
        Checks.require(rater, "a panel score's rater");
        if (source != Source.THIRD_PARTY && source != Source.EXPERT) {
            throw new ScoringException("a panel score comes from THIRD_PARTY or EXPERT, not " + source);
        }
        Checks.within(score, 0, 100, "the score of " + rater + " for " + agency + "/" + indicator);
    }

    @Override
    public int compareTo(PanelScore other) {
        int order = agency.compareTo(other.agency);
        if (order == 0) {
            order = indicator.compareTo(other.indicator);
        }
        if (order == 0) {
            order = source.compareTo(other.source);
        }
        return order != 0 ? order : rater.compareTo(other.rater);
    }
}
