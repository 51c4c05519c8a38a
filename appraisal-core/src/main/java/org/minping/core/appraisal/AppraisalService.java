package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * Takes citizen appraisals in, exactly once per Idempotency-Key, and answers status look-ups by receipt.
 *
 * <p>Exactly-once rests on the database, not on a check before the insert: the idempotency record's
 * primary key lets one of any number of concurrent requests with the same key commit; the others
 * fail on the key, roll back everything they wrote, and answer with the winner's stored receipt.
 */
@ApplicationScoped
public class AppraisalService {

    public static final String IDEMPOTENCY_KEY_FIELD = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{8,128}");
    private static final int ATTEMPTS = 3;

    @Inject
    AppraisalWriter writer;

    @Inject
    AppraisalRepository appraisals;

    /**
     * Stores the submission, or returns the stored answer when this rater's key already answered
     * the same content. A key is the rater's own: another rater's use of it is a new key.
     *
     * @throws InvalidInputException naming every offending field; nothing is stored
     * @throws IdempotencyKeyReusedException when the key answered a request with other content
     * @throws AlreadyRatedException when the submission's service case has its rating for this round already
     */
    public AppraisalReceipt submit(String idempotencyKey, AppraisalSubmission submission, Rater rater) {
        return submit(idempotencyKey, submission, rater, true);
    }

    /**
     * As {@link #submit(String, AppraisalSubmission, Rater)}, for a caller that has just asked
     * {@link #replay} and got nothing: the first attempt stores without looking again (a look-up
     * is a transaction and a query of its own). A request with the same key that commits in the
     * meantime still wins on the idempotency record's key, and this one answers with its receipt.
     */
    public AppraisalReceipt submitAfterReplay(String idempotencyKey, AppraisalSubmission submission, Rater rater) {
        return submit(idempotencyKey, submission, rater, false);
    }

    private AppraisalReceipt submit(String idempotencyKey, AppraisalSubmission submission, Rater rater, boolean lookFirst) {
        checkIdempotencyKey(idempotencyKey);
        String fingerprint = submission.fingerprint();
        RuntimeException lastConflict = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (lookFirst || attempt > 0) {
                Optional<AppraisalReceipt> replay = writer.findReplay(idempotencyKey, fingerprint, rater);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            try {
                return writer.store(idempotencyKey, fingerprint, submission, rater);
            } catch (RuntimeException e) {
                if (violates(e, "uk_appraisal_case_rater") || violates(e, "uk_appraisal_case_claim")) {
                    throw new AlreadyRatedException(submission.caseNumber().strip());
                }
                if (!isConcurrencyConflict(e)) {
                    throw e;
                }
                // Another request with this key committed first (or a deadlock was broken):
                // the next round answers with its receipt.
                lastConflict = e;
            }
        }
        throw lastConflict;
    }

    /**
     * The stored answer, when this rater's key already answered this content: a client retrying
     * after a lost answer gets its receipt without paying again for what it paid before.
     *
     * @throws IdempotencyKeyReusedException when the key answered a request with other content
     */
    public Optional<AppraisalReceipt> replay(String idempotencyKey, AppraisalSubmission submission, Rater rater) {
        checkIdempotencyKey(idempotencyKey);
        return writer.findReplay(idempotencyKey, submission.fingerprint(), rater);
    }

    public AppraisalStatusView getStatus(String receipt) {
        if (!ReceiptCodes.isWellFormed(receipt)) {
            throw new AppraisalNotFoundException();
        }
        return appraisals.findByReceipt(receipt).map(AppraisalStatusView::of).orElseThrow(AppraisalNotFoundException::new);
    }

    private static void checkIdempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError(IDEMPOTENCY_KEY_FIELD, "required",
                    "the Idempotency-Key header is required: a unique value per submission, such as a UUID", IDEMPOTENCY_KEY_FIELD)));
        }
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidInputException(List.of(new FieldError(IDEMPOTENCY_KEY_FIELD, "idempotencyKey.format",
                    "the Idempotency-Key must be 8 to 128 visible ASCII characters")));
        }
    }

    /** True for a unique-key violation (SQLSTATE class 23) or a deadlock / serialization failure (40xxx). */
    /** Whether the failure is the database refusing a row by the named unique constraint. */
    static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23000".equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().contains(constraint)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
