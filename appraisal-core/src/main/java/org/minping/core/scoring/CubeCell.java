package org.minping.core.scoring;

/**
 * The public input reduced: over the approved appraisals of one agency that rated one indicator
 * at one level from one stratum, the number of appraisals and the sums of their trust weights
 * and of the squares of those weights.
 */
public record CubeCell(String agency, String indicator, Stratum stratum, int level, long count,
                       double weightSum, double weightSquareSum) implements Comparable<CubeCell> {

    public CubeCell {
        Checks.require(agency, "a cube cell's agency");
        Checks.require(indicator, "a cube cell's indicator");
        if (stratum == null) {
            throw new ScoringException("a cube cell's stratum is required (Stratum.NONE when there are no weighting variables)");
        }
        LevelScale.checkLevel(level);
        if (count < 1) {
            throw new ScoringException("cube cell " + agency + "/" + indicator + " must count at least one appraisal");
        }
        if (!(Checks.nonNegative(weightSum, "a cube cell's weight sum") > 0)) {
            throw new ScoringException("cube cell " + agency + "/" + indicator + " has no weight");
        }
        Checks.nonNegative(weightSquareSum, "a cube cell's sum of squared weights");
    }

    @Override
    public int compareTo(CubeCell other) {
        int order = agency.compareTo(other.agency);
        if (order == 0) {
            order = indicator.compareTo(other.indicator);
        }
        if (order == 0) {
            order = stratum.compareTo(other.stratum);
        }
        return order != 0 ? order : Integer.compare(level, other.level);
    }
}
