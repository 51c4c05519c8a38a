package org.minping.core.cycle;

import java.math.BigDecimal;

/**
 * A cycle's scoring parameters as administrators edit them.
 *
 * @param levelScores scores of levels 1 to 5, comma-separated ("0,25,50,75,100")
 * @param gradeBands "grade:lowerBound" pairs, comma-separated, "-" for the catch-all band
 */
public record CycleParameters(String levelScores, BigDecimal shrinkageK, BigDecimal minEffectiveN, String gradeBands,
                              BigDecimal maxBonus, BigDecimal maxDeduction, int sensitivityDraws) {
}
