package org.minping.core.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.account.AccountName;
import org.minping.core.account.UserNames;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * Expert panels 专家评价 as administrators run them: one panel of expert accounts per cycle and
 * pilot track, members added, a submission reopened or a member taken off with a reason, and who
 * has submitted. Callers check the admin:access permission.
 */
@ApplicationScoped
public class ExpertPanelAdminService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** A panel as administrators see it: its members and whether each has submitted. */
    public record Panel(String cycleCode, String trackCode, Localized trackName, List<Member> members) {
        public long submitted() {
            return members.stream().filter(Member::submitted).count();
        }
    }

    /** A member, whether they have submitted, and the agencies they stepped aside from. */
    public record Member(String username, boolean submitted, List<String> recusedFrom) {
        public String recusedList() {
            return String.join(", ", recusedFrom);
        }
    }

    /** Forms the cycle's panel for a track; a cycle has at most one per track. */
    @Transactional
    public void form(String cycleCode, String trackCode, String actor) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Long> cycle = id("SELECT id, id FROM evaluation_cycle WHERE code = ?", cycleCode);
        Optional<Long> track = id("SELECT id, id FROM pilot_track WHERE code = ?", trackCode);
        if (cycle.isEmpty()) {
            errors.add(new FieldError("cycle", "cycle.unknown", "no cycle has the code " + cycleCode, String.valueOf(cycleCode)));
        }
        if (track.isEmpty()) {
            errors.add(new FieldError("track", "track.unknown", "no pilot track has the code " + trackCode, String.valueOf(trackCode)));
        }
        if (errors.isEmpty() && panelId(cycleCode, trackCode).isPresent()) {
            errors.add(new FieldError("track", "panel.exists", "the cycle " + cycleCode + " has a panel for " + trackCode + " already",
                    cycleCode, trackCode));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // IGNORE: two administrators forming the same panel at once get the same answer, not a failure.
        int formed = em.createNativeQuery("INSERT IGNORE INTO expert_panel (cycle_id, track_id, created_by, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, cycle.get()).setParameter(2, track.get()).setParameter(3, actor).setParameter(4, time.now())
                .executeUpdate();
        if (formed == 0) {
            throw ExpertPanels.invalid("track", "panel.exists", "the cycle " + cycleCode + " has a panel for " + trackCode + " already",
                    cycleCode, trackCode);
        }
        audit.append(actor, "panel.form", ExpertPanels.auditSubject(cycleCode, trackCode), Map.of());
    }

    /** Adds an account with the expert role to the panel. */
    @Transactional
    public void addMember(String cycleCode, String trackCode, String typedUsername, String actor) {
        String username = UserNames.canonical(typedUsername);
        long panel = existingPanel(cycleCode, trackCode);
        Optional<Long> user = id("""
                SELECT u.id, u.id FROM user_account u JOIN user_role r ON r.user_id = u.id AND r.role = 'expert'
                WHERE u.username = ? AND u.enabled""", username);
        if (user.isEmpty()) {
            throw ExpertPanels.invalid("username", "panel.account", "no enabled account " + username + " with the expert role", username);
        }
        int added = em.createNativeQuery("""
                INSERT IGNORE INTO expert_panel_member (panel_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)""")
                .setParameter(1, panel).setParameter(2, user.get()).setParameter(3, actor).setParameter(4, time.now())
                .executeUpdate();
        if (added == 0) {
            throw ExpertPanels.invalid("username", "panel.member", username + " is on the panel already", username);
        }
        audit.append(actor, "panel.member", ExpertPanels.auditSubject(cycleCode, trackCode), Map.of("username", username));
    }

    /**
     * Opens a member's submitted scores again (an expert asks to correct a slip, or the office
     * finds one): the scores stay as drafts and leave scoring until submitted again. Audited with
     * the reason.
     */
    @Transactional
    public void reopen(String cycleCode, String trackCode, String username, String reason, String actor) {
        long panel = existingPanel(cycleCode, trackCode);
        String why = requireReason(reason);
        int reopened = em.createNativeQuery("""
                UPDATE expert_panel_member m JOIN user_account u ON u.id = m.user_id SET m.submitted_at = NULL
                WHERE m.panel_id = ? AND u.username = ? AND m.submitted_at IS NOT NULL""")
                .setParameter(1, panel).setParameter(2, username).executeUpdate();
        if (reopened == 0) {
            throw ExpertPanels.invalid("username", "panel.notSubmitted", username + " has not submitted on this panel", username);
        }
        audit.append(actor, "panel.reopen", ExpertPanels.auditSubject(cycleCode, trackCode), Map.of("username", username, "reason", why));
    }

    /**
     * Takes a member off the panel (a conflict found late, an expert who cannot serve), with their
     * scores and steps aside; the audit trail keeps the reason and what they had submitted.
     */
    @Transactional
    public void removeMember(String cycleCode, String trackCode, String username, String reason, String actor) {
        long panel = existingPanel(cycleCode, trackCode);
        String why = requireReason(reason);
        Optional<Long> user = NativeSql.query(em, """
                SELECT m.user_id, m.panel_id FROM expert_panel_member m JOIN user_account u ON u.id = m.user_id
                WHERE m.panel_id = ? AND u.username = ? FOR UPDATE""", panel, username).stream()
                .map(row -> row.longValue(0)).findFirst();
        if (user.isEmpty()) {
            throw ExpertPanels.invalid("username", "panel.notMember", username + " is not on this panel", username);
        }
        for (String table : List.of("expert_score", "expert_recusal", "expert_panel_member")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE panel_id = ? AND user_id = ?")
                    .setParameter(1, panel).setParameter(2, user.get()).executeUpdate();
        }
        audit.append(actor, "panel.remove", ExpertPanels.auditSubject(cycleCode, trackCode), Map.of("username", username, "reason", why));
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.codePointCount(0, why.length()) > ExpertPanels.MAX_COMMENT) {
            throw ExpertPanels.invalid("reason", "panel.reason", "a reason of 1 to 500 characters is required");
        }
        return why;
    }

    /** The enabled accounts with the expert role: those that can sit on a panel. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountName> experts() {
        return NativeSql.query(em, """
                SELECT u.username, u.display_name FROM user_account u JOIN user_role r ON r.user_id = u.id AND r.role = 'expert'
                WHERE u.enabled ORDER BY u.username""").stream()
                .map(row -> new AccountName(row.string(0), row.string(1))).toList();
    }

    /** The accounts on any panel of the cycle, each once: those whose scores can be reopened or who can be taken off. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountName> members(String cycleCode) {
        return NativeSql.query(em, """
                SELECT DISTINCT u.username, u.display_name FROM expert_panel_member m JOIN expert_panel p ON p.id = m.panel_id
                JOIN evaluation_cycle c ON c.id = p.cycle_id JOIN user_account u ON u.id = m.user_id
                WHERE c.code = ? ORDER BY u.username""", cycleCode).stream()
                .map(row -> new AccountName(row.string(0), row.string(1))).toList();
    }

    /** The panels of a cycle, with their members. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Panel> panels(String cycleCode) {
        Map<String, Panel> panels = new LinkedHashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT t.code, t.name_zh, t.name_en, u.username, m.submitted_at FROM expert_panel p
                JOIN evaluation_cycle c ON c.id = p.cycle_id JOIN pilot_track t ON t.id = p.track_id
                LEFT JOIN expert_panel_member m ON m.panel_id = p.id LEFT JOIN user_account u ON u.id = m.user_id
                WHERE c.code = ? ORDER BY t.sort_order, u.username""", cycleCode)) {
            Panel panel = panels.computeIfAbsent(row.string(0), track ->
                    new Panel(cycleCode, track, new Localized(row.string(1), row.string(2)), new ArrayList<>()));
            if (!row.isNull(3)) {
                panel.members().add(new Member(row.string(3), !row.isNull(4), new ArrayList<>()));
            }
        }
        for (Row row : NativeSql.query(em, """
                SELECT t.code, u.username, a.code FROM expert_recusal r JOIN expert_panel p ON p.id = r.panel_id
                JOIN evaluation_cycle c ON c.id = p.cycle_id JOIN pilot_track t ON t.id = p.track_id
                JOIN user_account u ON u.id = r.user_id JOIN agency a ON a.id = r.agency_id
                WHERE c.code = ? ORDER BY a.sort_order""", cycleCode)) {
            panels.get(row.string(0)).members().stream().filter(m -> m.username().equals(row.string(1)))
                    .forEach(m -> m.recusedFrom().add(row.string(2)));
        }
        return List.copyOf(panels.values());
    }

    private long existingPanel(String cycleCode, String trackCode) {
        return panelId(cycleCode, trackCode).orElseThrow(() ->
                ExpertPanels.invalid("track", "panel.unknown", "the cycle " + cycleCode + " has no panel for " + trackCode,
                        cycleCode, trackCode));
    }

    private Optional<Long> panelId(String cycleCode, String trackCode) {
        return NativeSql.query(em, """
                SELECT p.id, p.id FROM expert_panel p JOIN evaluation_cycle c ON c.id = p.cycle_id
                JOIN pilot_track t ON t.id = p.track_id WHERE c.code = ? AND t.code = ?""", cycleCode, trackCode).stream()
                .map(row -> row.longValue(0)).findFirst();
    }

    private Optional<Long> id(String sql, String code) {
        return NativeSql.query(em, sql, code).stream().map(row -> row.longValue(0)).findFirst();
    }
}
