package org.minping.moderation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.NativeSql;

/**
 * Whether submissions are published after the rules or all held for a moderator (pre-moderation),
 * per agency and per cycle. Administrators switch it; every switch is audited. Callers check
 * the admin:access permission.
 */
@ApplicationScoped
public class ModerationPolicy {

    @Inject
    org.minping.core.appraisal.PreModerationSwitches switches;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A switchable thing: an agency or a cycle, with its pre-moderation flag. */
    public record Switch(String code, String nameZh, String nameEn, boolean preModeration) {
    }

    /** Whether a submission about the agency now is held whatever the rules say. */
    public boolean holdsEverything(String agencyCode) {
        return !NativeSql.query(em, """
                SELECT 1, 1 FROM agency WHERE code = ? AND pre_moderation
                UNION ALL
                SELECT 1, 1 FROM evaluation_cycle WHERE pre_moderation AND ? BETWEEN period_start AND period_end""",
                agencyCode, LocalDate.now(clock)).isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Switch> agencies() {
        return switches("SELECT code, name_zh, name_en, pre_moderation FROM agency ORDER BY sort_order, code");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Switch> cycles() {
        return switches("SELECT code, name_zh, name_en, pre_moderation FROM evaluation_cycle ORDER BY period_start DESC, code");
    }

    @Transactional
    public void setForAgency(String agencyCode, boolean preModeration, String actor) {
        if (switches.setForAgency(agencyCode, preModeration)) {
            audited(actor, "agency:" + agencyCode, preModeration);
        }
    }

    @Transactional
    public void setForCycle(String cycleCode, boolean preModeration, String actor) {
        if (switches.setForCycle(cycleCode, preModeration)) {
            audited(actor, "cycle:" + cycleCode, preModeration);
        }
    }

    private void audited(String actor, String subject, boolean preModeration) {
        audit.append(actor, "moderation.policy", subject, Map.of("preModeration", Boolean.toString(preModeration)));
    }

    private List<Switch> switches(String sql) {
        return NativeSql.query(em, sql).stream().map(row -> new Switch(row.string(0), row.string(1), row.string(2),
                row.bool(3))).toList();
    }
}
