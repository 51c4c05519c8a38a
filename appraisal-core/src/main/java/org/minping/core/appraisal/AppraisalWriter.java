package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

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
    Clock clock;

    @Inject
    RaterKeys raterKeys;

    @Inject
    TrustWeights trustWeights;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AppraisalReceipt store(String idempotencyKey, String fingerprint, AppraisalSubmission submission, Rater rater) {
        // Microseconds: what DATETIME(6) keeps, so the stored and the returned time agree.
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Appraisal.Facts facts = resolver.resolve(submission, rater, now);
        ScreeningOutcome outcome = screening.screen(facts.agency().code(), facts.comment());
        Appraisal.RaterFacts raterFacts = new Appraisal.RaterFacts(rater.identityIfKnown().map(raterKeys::keyOf).orElse(null),
                rater.level(), trustWeights.of(rater.level()));
        Appraisal appraisal = Appraisal.received(ReceiptCodes.next(), facts, raterFacts, outcome, now);
        appraisals.add(appraisal);
        appraisals.add(new IdempotencyRecord(idempotencyKey, fingerprint, appraisal, now));
        appraisals.flush();
        return AppraisalReceipt.of(appraisal);
    }

    /**
     * The stored answer to an earlier request with this key, if there was one.
     *
     * @throws IdempotencyKeyReusedException when the key answered a request with other content
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<AppraisalReceipt> findReplay(String idempotencyKey, String fingerprint) {
        return appraisals.findIdempotencyRecord(idempotencyKey).map(record -> {
            if (!record.requestFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            return AppraisalReceipt.of(record.appraisal()).asReplay();
        });
    }
}
