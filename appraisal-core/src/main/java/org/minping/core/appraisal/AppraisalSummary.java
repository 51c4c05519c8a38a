package org.minping.core.appraisal;

import java.time.LocalDateTime;
import java.util.List;
import org.minping.core.shared.Localized;

/** One line of the moderators' list of appraisals. */
public record AppraisalSummary(String receipt, String agencyCode, Localized agencyName, Channel channel,
                               int overallLevel, String comment, AppraisalStatus status, List<String> holdReasons,
                               LocalDateTime submittedAtUtc) {

    public AppraisalSummary {
        holdReasons = List.copyOf(holdReasons);
    }

    static AppraisalSummary of(Appraisal appraisal) {
        return new AppraisalSummary(appraisal.receipt(), appraisal.agency().code(), appraisal.agency().name(),
                appraisal.channel(), appraisal.overallLevel(), appraisal.comment(), appraisal.status(),
                appraisal.holdReasons(), appraisal.submittedAt());
    }
}
