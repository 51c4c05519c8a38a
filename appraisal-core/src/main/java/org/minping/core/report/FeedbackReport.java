package org.minping.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.shared.Localized;

/**
 * What a published run says of one agency, for its feedback report: its result line (score, grade,
 * rank and rank interval, satisfaction with its interval and sample, as the public may see it), the
 * decomposition of its score by indicator and source, the same agency in the previous published
 * cycle of the same kind, public comments by the service they concern, and bad-review follow-up.
 *
 * @param rankedInTrack how many agencies the track ranks, so that a rank reads "3 of 12"
 * @param previous      null when no earlier cycle of the kind was published with this agency in it
 * @param followUp      null when the cycle's publication counted no bad review of the agency
 */
public record FeedbackReport(CycleHeading cycle, RankedAgency result, Localized trackName, int rankedInTrack,
                             List<Term> terms, Previous previous, List<CommentTheme> themes, FollowUpCounts followUp) {

    /** The cycle and run a report comes from. */
    public record CycleHeading(String code, Localized name, LocalDate periodStart, LocalDate periodEnd, long runId) {
    }

    /**
     * One term of the score: the points an indicator's source adds, or a bonus or deduction item
     * (indicator and source null, reason set).
     */
    public record Term(String indicatorCode, Localized indicatorName, String source, String reason, double points) {
        public boolean isAdjustment() {
            return reason != null;
        }
    }

    /** The agency's line in the previous published cycle of the same kind. */
    public record Previous(String cycleCode, Localized cycleName, BigDecimal score, String grade, int rank) {
    }

    /**
     * Published comments on one of the agency's services (service null: comments naming no service),
     * and how many of them came with a dissatisfied overall rating (不满意 or 非常不满意).
     */
    public record CommentTheme(Localized service, long comments, long dissatisfied) {
    }

    /** Bad reviews of the cycle's period as its publication counted them. */
    public record FollowUpCounts(long received, long answeredInTime, long rectified) {
    }

    /** The change of score since the previous cycle, or null when either score is missing. */
    public BigDecimal scoreChange() {
        if (previous == null || previous.score() == null || result.score() == null) {
            return null;
        }
        return result.score().subtract(previous.score());
    }
}
