package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.StoredTime;

/**
 * The core's side of moderation: applying decisions to appraisals and recording each in the audit
 * chain. Who may decide what (roles, conflicts of interest) is checked by the moderation module
 * before it calls.
 */
@ApplicationScoped
public class AppraisalModerationService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AppraisalRepository appraisals;

    @Inject
    AuditLog audit;

    @Inject
    PersonalDataRedaction personalData;

    @Inject
    Event<AppraisalStatusChanged> statusChanged;

    @Inject
    StoredTime time;

    /** The codes of the agencies the appraisals are about, for conflict-of-interest checks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> agenciesOf(List<String> receipts) {
        return Set.copyOf(receipts.stream().map(r -> appraisals.findByReceipt(r).orElseThrow(AppraisalNotFoundException::new)
                .agency().code()).toList());
    }

    /**
     * Decides every appraisal of the list in one transaction: all or none.
     *
     * @param reasonCode required for a rejection, told to the author
     */
    @Transactional
    public int decide(List<String> receipts, Decision decision, String reasonCode, String moderator) {
        if (decision == Decision.REJECT && (reasonCode == null || reasonCode.isBlank())) {
            throw new IllegalArgumentException("a rejection needs a reason code");
        }
        LocalDateTime now = time.now();
        for (String receipt : receipts) {
            Appraisal appraisal = appraisals.findByReceipt(receipt).orElseThrow(AppraisalNotFoundException::new);
            appraisal.decide(decision, reasonCode, moderator, now);
            statusChanged.fire(new AppraisalStatusChanged(appraisal.id(), appraisal.status(), appraisal.decisionReason(), moderator));
            audit.append(moderator, decision == Decision.APPROVE ? "moderation.approve" : "moderation.reject",
                    "appraisal:" + receipt, decision == Decision.REJECT ? Map.of("reason", reasonCode) : Map.of());
        }
        return receipts.size();
    }

    /** The comment as stored (redacted at intake), for moderators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<String> comment(String receipt) {
        return appraisals.findByReceipt(receipt).map(Appraisal::comment);
    }

    /**
     * A moderator blanks out part of a comment (a name, an insult) and keeps the rest: the stored
     * comment becomes the redacted text, which may only remove or mask, never add. Deleting can
     * join what intake saw apart (138，1234，5678 without its commas), so the result goes through
     * the intake's personal-data redaction again before it is stored. The audit event carries
     * digests of both texts, not the texts: the chain is append-only and must hold no personal data.
     */
    @Transactional
    public void redact(String receipt, String redacted, String moderator) {
        Appraisal appraisal = appraisals.findByReceipt(receipt).orElseThrow(AppraisalNotFoundException::new);
        String before = appraisal.comment();
        String after = redacted == null ? "" : redacted.strip();
        if (before == null || !isRedactionOf(before, after)) {
            throw new InvalidInputException(List.of(new FieldError("comment", "redaction.invalid",
                    "a redaction may only delete characters or mask them with █ or *")));
        }
        String stored = after.isEmpty() ? "" : personalData.redact(after);
        appraisal.redactComment(stored.isEmpty() ? null : stored);
        audit.append(moderator, "moderation.redact", "appraisal:" + receipt,
                Map.of("before", sha256(before), "after", sha256(stored)));
    }

    /** Whether {@code after} is {@code before} with characters deleted or masked (█ or *), nothing else. */
    static boolean isRedactionOf(String before, String after) {
        int i = 0;
        for (int j = 0; j < after.length(); j++) {
            char c = after.charAt(j);
            if (c == '█' || c == '*') {
                continue;
            }
            while (i < before.length() && before.charAt(i) != c) {
                i++;
            }
            if (i == before.length()) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static String sha256(String text) {
        return org.minping.core.shared.Sha256.hex(text);
    }
}
