package org.minping.core.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.minping.core.shared.Localized;

/** An accountability record as the office and auditors read it; {@code taskId} is null when it follows the result alone. */
public record AccountabilityRecord(long id, String cycleCode, String agencyCode, Localized agencyName, Long taskId,
                                   AccountabilityDecision decision, String reason, String responsibleUnit, String followUp,
                                   LocalDate decidedOn, String createdBy, LocalDateTime createdAt, String updatedBy) {
}
