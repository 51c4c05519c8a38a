package org.minping.core.appraisal;

/**
 * Which appraisals the moderators' list shows; every criterion is optional.
 *
 * @param submittedBefore only appraisals submitted before this moment (UTC): the overdue view
 */
public record QueueFilter(AppraisalStatus status, String agencyCode, Channel channel, String holdReason,
                          java.time.LocalDateTime submittedBefore) {

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null, null);
    }
}
