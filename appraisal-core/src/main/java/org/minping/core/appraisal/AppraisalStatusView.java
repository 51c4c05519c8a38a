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
        return new AppraisalStatusView(appraisal.receipt(), appraisal.agency().code(), appraisal.agency().name(),
                appraisal.status(), appraisal.holdReasons(), appraisal.submittedAt());
    }
}
