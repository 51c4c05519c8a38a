package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minping.core.audit.AuditLog;

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
    Clock clock;

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
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        for (String receipt : receipts) {
            Appraisal appraisal = appraisals.findByReceipt(receipt).orElseThrow(AppraisalNotFoundException::new);
            appraisal.decide(decision, reasonCode, moderator, now);
            audit.append(moderator, decision == Decision.APPROVE ? "moderation.approve" : "moderation.reject",
                    "appraisal:" + receipt, decision == Decision.REJECT ? Map.of("reason", reasonCode) : Map.of());
        }
        return receipts.size();
    }
}
