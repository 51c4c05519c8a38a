package org.minping.core.appraisal;

/** Which appraisals the moderators' list shows; every criterion is optional. */
public record QueueFilter(AppraisalStatus status, String agencyCode, Channel channel, String holdReason) {

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null);
    }

    public static QueueFilter held() {
        return new QueueFilter(AppraisalStatus.HELD, null, null, null);
    }
}
