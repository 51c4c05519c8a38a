package org.minping.core.appraisal;

/**
 * The answer to an accepted submission; {@code replayed} tells that it is the stored answer to an
 * earlier request with the same Idempotency-Key.
 */
public record AppraisalReceipt(long id, String receipt, AppraisalStatus status, boolean replayed) {

    AppraisalReceipt asReplay() {
        return new AppraisalReceipt(id, receipt, status, true);
    }

    static AppraisalReceipt of(Appraisal appraisal) {
        return new AppraisalReceipt(appraisal.id(), appraisal.receipt(), appraisal.status(), false);
    }
}
