package org.minping.core.appraisal;

/**
 * Fired, synchronously and inside the deciding transaction, whenever moderation moves an appraisal
 * to another status (a moderator's decision, an appeal or contest decided, a quarantine confirmed or
 * released, a withdrawal): observers (the bad-review follow-up) follow in the same transaction.
 *
 * @param reasonCode why it was rejected (spam, coordinated, malicious …), or null
 */
public record AppraisalStatusChanged(long appraisalId, AppraisalStatus status, String reasonCode, String actor) {

    /** Counted and shown: published at intake or approved by a moderator. */
    public boolean accepted() {
        return status == AppraisalStatus.PUBLISHED || status == AppraisalStatus.APPROVED;
    }
}
