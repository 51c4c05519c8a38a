package org.minping.core.appraisal;

import java.time.LocalDateTime;
import java.util.List;
import org.minping.core.shared.Localized;

/** What the holder of a receipt may learn: where the appraisal stands and why, never who wrote it. */
public record AppraisalStatusView(String receipt, String agencyCode, Localized agencyName, AppraisalStatus status,
                                  List<String> reasons, LocalDateTime submittedAtUtc) {

    public AppraisalStatusView {
        reasons = List.copyOf(reasons);
    }

    static AppraisalStatusView of(Appraisal appraisal) {
        // A rejected appraisal's author is told the moderator's reason; a held one's, the rules' reasons.
        List<String> reasons = appraisal.status() == AppraisalStatus.REJECTED
                ? List.of(appraisal.decisionReason()) : appraisal.holdReasons();
        return new AppraisalStatusView(appraisal.receipt(), appraisal.agency().code(), appraisal.agency().name(),
                appraisal.status(), reasons, appraisal.submittedAt());
    }
}
