package org.minping.core.appraisal;

import java.time.LocalDateTime;

/**
 * Fired, synchronously and inside the intake transaction, for every new appraisal: observers (the
 * bad-review follow-up) act in the same transaction, so either both are stored or neither.
 *
 * @param status PUBLISHED, or HELD for a moderator
 */
public record AppraisalReceived(long appraisalId, long agencyId, int overallLevel, int ratingRound,
                                LocalDateTime submittedAtUtc, boolean complaint, AppraisalStatus status) {
}
