package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.StoredTime;

/**
 * The transactions of appraisal intake, called by {@link AppraisalService} only. Storing is one transaction of its own: the appraisal, its
 * screening outcome and its idempotency record commit together or not at all.
 */
@ApplicationScoped
public class AppraisalWriter {

    @Inject
    AppraisalRepository appraisals;

    @Inject
    SubmissionResolver resolver;

    @Inject
    IntakeScreening screening;

    @Inject
    StoredTime time;

    @Inject
    RaterKeys raterKeys;

    @Inject
    TrustWeights trustWeights;

    @Inject
    Event<AppraisalReceived> received;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AppraisalReceipt store(String idempotencyKey, String fingerprint, AppraisalSubmission submission, Rater rater) {
        // Microseconds: what DATETIME(6) keeps, so the stored and the returned time agree.
        LocalDateTime now = time.now();
        Appraisal.Facts facts = resolver.resolve(submission, rater, now);
        String raterKey = callerKey(rater);
        String networkKey = rater.network() == null ? null : raterKeys.keyOf("network:" + rater.network());
        ScreeningOutcome outcome = screening.screen(facts.agency().code(), facts.comment(), raterKey, networkKey);
        Appraisal.RaterFacts raterFacts = new Appraisal.RaterFacts(raterKey, rater.level(),
                trustWeights.of(rater.level(), raterKey), networkKey);
        Appraisal appraisal = Appraisal.received(ReceiptCodes.next(), facts, raterFacts, outcome, now);
        appraisals.add(appraisal);
        appraisals.add(new IdempotencyRecord(new IdempotencyRecord.Key(raterKey == null ? "" : raterKey, idempotencyKey),
                fingerprint, appraisal, now));
        appraisals.flush();
        received.fire(new AppraisalReceived(appraisal.id(), facts.agency().id(), appraisal.overallLevel(), 1, now,
                submission.complaint(), appraisal.status()));
        return AppraisalReceipt.of(appraisal);
    }

    /**
     * The citizen's second rating after the agency rectified a bad review: a new appraisal of the
     * same agency, service and case in round 2, by the same rater (its key and weight are copied),
     * screened like any other. The caller makes sure it happens once per follow-up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AppraisalReceipt storeRerating(String originalReceipt, Integer overall, String comment) {
        Appraisal original = appraisals.findByReceipt(originalReceipt).orElseThrow(AppraisalNotFoundException::new);
        // The same rules as any submission: a level from 1 to 5, a comment of at most 1000 characters.
        List<FieldError> errors = new ArrayList<>();
        SatisfactionLevel level = SubmissionResolver.checkLevel("overall", overall, true, errors);
        String text = SubmissionResolver.checkComment(comment, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDateTime now = time.now();
        // The second rating of a rectified follow-up is expected, so velocity does not apply.
        ScreeningOutcome outcome = screening.screen(original.agency().code(), text, null, null);
        Appraisal rerating = Appraisal.rerating(ReceiptCodes.next(), original, level, outcome, now);
        appraisals.add(rerating);
        appraisals.flush();
        received.fire(new AppraisalReceived(rerating.id(), original.agency().id(), level.value(), 2, now, false,
                rerating.status()));
        return AppraisalReceipt.of(rerating);
    }

    /** The keyed hash of the rater's identity, or null for a rater the portal cannot recognise again. */
    private String callerKey(Rater rater) {
        return rater.identityIfKnown().map(raterKeys::keyOf).orElse(null);
    }

    /**
     * The stored answer to this rater's earlier request with this key, if there was one.
     *
     * @throws IdempotencyKeyReusedException when the key answered a request with other content
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<AppraisalReceipt> findReplay(String idempotencyKey, String fingerprint, Rater rater) {
        String caller = callerKey(rater);
        return appraisals.findIdempotencyRecord(new IdempotencyRecord.Key(caller == null ? "" : caller, idempotencyKey)).map(record -> {
            if (!record.requestFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            return AppraisalReceipt.of(record.appraisal()).asReplay();
        });
    }
}
