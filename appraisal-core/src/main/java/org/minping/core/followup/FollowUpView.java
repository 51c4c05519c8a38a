package org.minping.core.followup;

import java.time.LocalDate;
import org.minping.core.shared.Localized;

/**
 * A follow-up as agency staff and administrators see it: the appraisal's content, never its
 * receipt or rater. {@code comment} is the redacted text that intake stored.
 */
public record FollowUpView(long id, String agencyCode, Localized agencyName, LocalDate openedOn, LocalDate dueOn,
                           String status, int overallLevel, String comment, String caseNumber, String callbackNote,
                           String rectificationNote, boolean escalated, boolean rerated) {

    public boolean overdueOn(LocalDate today) {
        return !"RECTIFIED".equals(status) && today.isAfter(dueOn);
    }
}
