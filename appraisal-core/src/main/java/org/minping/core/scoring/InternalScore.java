package org.minping.core.scoring;

/** The internal assessment score (0..100) of one agency on one indicator. */
public record InternalScore(String agency, String indicator, double score) implements Comparable<InternalScore> {

    public InternalScore {
        Checks.require(agency, "an internal score's agency");
        Checks.require(indicator, "an internal score's indicator");
        Checks.within(score, 0, 100, "the internal score of " + agency + "/" + indicator);
    }

    @Override
    public int compareTo(InternalScore other) {
        int order = agency.compareTo(other.agency);
        return order != 0 ? order : indicator.compareTo(other.indicator);
    }
}
