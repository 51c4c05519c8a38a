package org.minping.core.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * An agency's evaluation: the score (double, unrounded), the published value (2 decimals, half
 * up), grade, rank within its track with the 5th-95th percentile rank under perturbed weights,
 * flags, the share of its weight that rests on enough data, per-indicator results and the
 * decomposition whose terms sum to the score.
 * An agency that no source scored at all has a NaN score, no published value, grade or rank; one
 * whose score rests on too little data ({@link #coverage} below half) has its score and
 * decomposition but no grade and rank 0 (rank interval 0-0): it is listed apart, not ranked.
 */
public record AgencyResult(String agency, String track, double score, BigDecimal published, String grade, int rank,
                           int rankLow, int rankHigh, boolean incomplete, boolean insufficientSample, double coverage,
                           List<IndicatorResult> indicators, List<Contribution> decomposition) {

    public AgencyResult {
        indicators = List.copyOf(indicators);
        decomposition = List.copyOf(decomposition);
    }

    public boolean isScored() {
        return !Double.isNaN(score);
    }

    /** Graded and ranked in its track: it has a score resting on enough data. */
    public boolean isRanked() {
        return rank > 0;
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
