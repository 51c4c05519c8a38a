package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.NativeSql;

/**
 * What citizens do with their own appraisals: list those they submitted while signed in (found by
 * their rater key, so the portal stores no link from account to appraisal), and withdraw one while
 * no published result includes it. Withdrawal needs only the receipt: it is the holder's secret.
 */
@ApplicationScoped
public class CitizenAppraisals {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AppraisalRepository appraisals;

    @Inject
    RaterKeys raterKeys;

    @Inject
    AuditLog audit;

    @Inject
    Event<AppraisalStatusChanged> statusChanged;

    /** The signed-in citizen's appraisals, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppraisalStatusView> ofAccount(String username) {
        String key = raterKeys.keyOf(Rater.account(username, RaterLevel.REGISTERED).identity());
        return em.createQuery("SELECT a FROM Appraisal a WHERE a.raterKey = :key ORDER BY a.submittedAt DESC, a.id DESC",
                        Appraisal.class)
                .setParameter("key", key).setMaxResults(500).getResultStream().map(AppraisalStatusView::of).toList();
    }

    /** Why the appraisal cannot be withdrawn, or empty when it can. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> whyNotWithdrawable(String receipt) {
        Appraisal appraisal = appraisals.findByReceipt(receipt).orElseThrow(AppraisalNotFoundException::new);
        if (appraisal.status() == AppraisalStatus.REJECTED || appraisal.status() == AppraisalStatus.WITHDRAWN) {
            return Optional.of(appraisal.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return publishedCycleHolding(appraisal).map(cycle -> "published:" + cycle);
    }

    /**
     * Withdraws the appraisal: it leaves every later score (the kept cube drops it in this
     * transaction) and the moderators' queue.
     *
     * @throws WithdrawalNotAllowedException when rejected, withdrawn, or part of a published result
     */
    @Transactional
    public AppraisalStatusView withdraw(String receipt, String actor) {
        Appraisal appraisal = appraisals.findByReceipt(receipt).orElseThrow(AppraisalNotFoundException::new);
        Optional<String> published = publishedCycleHolding(appraisal);
        if (published.isPresent()) {
            throw new WithdrawalNotAllowedException(receipt, "the published result of cycle " + published.get() + " includes it");
        }
        appraisal.withdraw();
        statusChanged.fire(new AppraisalStatusChanged(appraisal.id(), AppraisalStatus.WITHDRAWN, null, actor));
        audit.append(actor, "appraisal.withdraw", "appraisal:" + receipt, Map.of());
        return AppraisalStatusView.of(appraisal);
    }

    /**
     * A cycle whose published run read the appraisal: the cycle's intake window holds it and the run started
     * after it arrived. Appraisals that arrive later are in no published result until the next
     * run is published.
     */
    private Optional<String> publishedCycleHolding(Appraisal appraisal) {
        return NativeSql.query(em, """
                SELECT c.code, r.started_at FROM evaluation_cycle c JOIN scoring_run r ON r.id = c.published_run_id
                WHERE ? >= c.intake_from AND ? < c.intake_until AND r.started_at > ?
                ORDER BY c.code""", appraisal.submittedAt(), appraisal.submittedAt(), appraisal.submittedAt()).stream()
                .map(row -> row.string(0)).findFirst();
    }
}
