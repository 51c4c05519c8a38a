package org.minping.core.scoring;

/**
 * The public input reduced: over the approved appraisals of one agency that rated one indicator
 * at one level from one stratum, the number of appraisals and the sums of their trust weights
 * and of the squares of those weights.
 */
public record CubeCell(String agency, String indicator, Stratum stratum, int level, long count,
                       double weightSum, double weightSquareSum) implements Comparable<CubeCell> {

    /**
     * How far the sums may stray past the bounds that n weights obey, (Σt)²/n ≤ Σt² ≤ (Σt)², and still
     * count as on them: sums added up elsewhere, in another order, carry rounding.
     */
    static final double SUMS_TOLERANCE = 1e-9;

    public CubeCell {
        Checks.require(agency, "a cube cell's agency");
        Checks.require(indicator, "a cube cell's indicator");
        if (stratum == null) {
            throw new ScoringException("stratum",
                    "a cube cell's stratum is required (Stratum.NONE when there are no weighting variables)");
        }
        String cell = "cube cell " + agency + "/" + indicator + "/" + stratum.categories() + "/level " + level;
        if (level < 1 || level > LevelScale.LEVELS) {
            throw new ScoringException("level", "a level must be from 1 to 5, not " + level);
        }
        if (count < 1) {
            throw new ScoringException("count", cell + " must count at least one appraisal, not " + count);
        }
        if (!Double.isFinite(weightSum) || !(weightSum > 0)) {
            throw new ScoringException("weightSum", cell + " must have a positive, finite weight sum, not " + weightSum);
        }
        if (!Double.isFinite(weightSquareSum) || !(weightSquareSum > 0)) {
            throw new ScoringException("weightSquareSum", cell + " must have a positive, finite sum of squared weights"
                    + " (its weight sum is positive), not " + weightSquareSum);
        }
        double squaredSum = weightSum * weightSum;
        if (!Double.isFinite(squaredSum)) {
            throw new ScoringException("weightSum", cell + ": the weight sum " + weightSum
                    + " is too large to square, as effective sample sizes need");
        }
        if (weightSquareSum > squaredSum * (1 + SUMS_TOLERANCE)) {
            throw new ScoringException("weightSquareSum", cell + ": the sum of squared weights " + weightSquareSum
                    + " exceeds the square of the weight sum, " + squaredSum + ", which no weights can give");
        }
        if (weightSquareSum < squaredSum / count * (1 - SUMS_TOLERANCE)) {
            throw new ScoringException("weightSquareSum", cell + ": the sum of squared weights " + weightSquareSum
                    + " is below (weight sum)²/count = " + squaredSum / count + ", which " + count + " weights cannot give");
        }
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
