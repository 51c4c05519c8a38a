package org.minping.core.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.minping.core.shared.Localized;

/**
 * A rectification task as the office and the agency's staff see it. {@code indicatorName} is null
 * when the task names no indicator (a review pattern of the whole agency).
 */
public record RectificationTask(long id, String cycleCode, String agencyCode, Localized agencyName, String indicatorCode,
                                Localized indicatorName, RectificationOrigin origin, String description, int workingDays,
                                LocalDate openedOn, LocalDate dueOn, RectificationState state, String plan,
                                String reviewReason, int reopened, boolean escalated, List<Evidence> evidence) {

    /** An evidence file: its id (for the download), the name it was uploaded under, its size. */
    public record Evidence(long id, String fileName, long sizeBytes, LocalDateTime uploadedAt) {
    }

    /** Past its deadline and not closed. */
    public boolean overdueOn(LocalDate today) {
        return state.pending() && today.isAfter(dueOn);
    }

    /** Failed: sent back by the office, or overdue; what an accountability record may follow. */
    public boolean failedOn(LocalDate today) {
        return state == RectificationState.REOPENED || overdueOn(today);
    }
}
