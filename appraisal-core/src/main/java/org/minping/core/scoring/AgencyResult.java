package org.minping.core.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * An agency's evaluation: the score (double, unrounded), the published value (2 decimals, half
 * up), grade, rank within its track with the 5th-95th percentile rank under perturbed weights,
 * flags, per-indicator results and the decomposition whose terms sum to the score.
 * An agency that no source scored at all has a NaN score, no published value, grade or rank.
 */
public record AgencyResult(String agency, String track, double score, BigDecimal published, String grade, int rank,
                           int rankLow, int rankHigh, boolean incomplete, boolean insufficientSample,
                           List<IndicatorResult> indicators, List<Contribution> decomposition) {

    public AgencyResult {
        indicators = List.copyOf(indicators);
        decomposition = List.copyOf(decomposition);
    }

    public boolean isScored() {
        return !Double.isNaN(score);
    }

    /** The decomposition's terms added in order: equal to {@link #score()} to the last bit. */
    public double decompositionTotal() {
        double total = 0;
        for (Contribution term : decomposition) {
            total += term.points();
        }
        return total;
    }
}
