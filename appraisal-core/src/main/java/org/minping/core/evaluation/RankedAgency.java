package org.minping.core.evaluation;

import java.math.BigDecimal;
import org.minping.core.shared.Localized;

/**
 * One line of a ranking: the published score, grade, rank with its 5-95% interval under perturbed
 * weights, flags, and the overall public satisfaction with its 95% interval and effective sample.
 * Values are null where the run had nothing to compute them from.
 */
public record RankedAgency(String agencyCode, Localized agencyName, String track, BigDecimal score, String grade,
                           int rank, int rankLow, int rankHigh, boolean incomplete, boolean insufficientSample,
                           Double publicMean, Double publicLower, Double publicUpper, Double effectiveSample,
                           Long respondents) {
}
