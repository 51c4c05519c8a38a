package org.minping.core.evaluation;

import java.math.BigDecimal;
import org.minping.core.shared.Localized;

/**
 * One line of a ranking: the published score, grade, rank with its 5-95% interval under perturbed
 * weights, flags, and the overall public satisfaction with its 95% interval and effective sample.
 * Values are null where the run had nothing to compute them from, or where the public may not see
 * them ({@link #suppressedBelow}).
 */
public record RankedAgency(String agencyCode, Localized agencyName, String track, BigDecimal score, String grade,
                           int rank, int rankLow, int rankHigh, boolean incomplete, boolean insufficientSample,
                           Double publicMean, Double publicLower, Double publicUpper, Double effectiveSample,
                           Long respondents, boolean satisfactionSuppressed) {

    /** Why an agency is listed apart from the ranking. */
    public enum NotRankedReason {
        /** No source scored it at all. */
        NO_DATA,
        /** Less than half of its weight rests on sources present with enough raters. */
        INSUFFICIENT_DATA
    }

    /** Graded and ranked in its track; the others are listed apart, with {@link #notRankedReason()}. */
    public boolean isRanked() {
        return rank > 0;
    }

    /** Why it is not ranked, or null when it is. */
    public NotRankedReason notRankedReason() {
        if (isRanked()) {
            return null;
        }
        return score == null ? NotRankedReason.NO_DATA : NotRankedReason.INSUFFICIENT_DATA;
    }

    /**
     * The line as the public sees it: the satisfaction of fewer than {@code minRaters} respondents
     * is not shown (it could point at the few who rated, and says little); the score, which the
     * evaluation office publishes, stays.
     */
    public RankedAgency suppressedBelow(int minRaters) {
        if (respondents == null || satisfactionShown(respondents, minRaters)) {
            return this;
        }
        return new RankedAgency(agencyCode, agencyName, track, score, grade, rank, rankLow, rankHigh, incomplete,
                insufficientSample, null, null, null, null, null, true);
    }

    /**
     * The one rule for what the public sees of an agency's ratings: its satisfaction, and the cells
     * of the published run's input it is computed from, only from {@code minRaters} respondents on.
     */
    public static boolean satisfactionShown(long respondents, int minRaters) {
        return respondents >= minRaters;
    }
}
