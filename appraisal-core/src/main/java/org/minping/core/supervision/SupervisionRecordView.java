package org.minping.core.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.minping.core.shared.Localized;

/** A supervision record as the page lists it, with the items it checked. */
public record SupervisionRecordView(long id, String agencyCode, Localized agencyName, String kind, LocalDate visitedOn,
                                    String findings, String recordedBy, LocalDateTime recordedAtUtc, List<Item> items) {

    public SupervisionRecordView {
        items = List.copyOf(items);
    }

    /** One checked imported score: its verdict (AUTHENTIC, NOT_AUTHENTIC, RESOLVED) and, once resolved, how. */
    public record Item(long id, String source, String indicatorCode, Localized indicatorName, String verdict, String note,
                       String checkedBy, String resolution, String resolutionText, String resolvedBy) {

        public boolean flagged() {
            return SupervisionService.NOT_AUTHENTIC.equals(verdict);
        }
    }
}
