package org.minping.core.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.cycle.SourceWeightService;
import org.minping.core.scoring.Source;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.StoredTime;

/**
 * Expert evaluation 专家评价: administrators form one panel of expert accounts per cycle and pilot
 * track; each member scores every agency of the track on every leaf indicator that takes expert
 * scores (source weight EXPERT above 0, the cycle's or the template's), with a comment per score,
 * saves drafts and submits once. Only submitted scores reach scoring. Members see and change only
 * their own scores; callers check the permissions (admin:access, panel:score).
 */
@ApplicationScoped
public class ExpertPanelService {

    static final int MAX_COMMENT = 500;

    /** The leaves of a track's indicator system that take expert scores in a cycle. */
    private static final String EXPERT_LEAVES = """
            SELECT i.id, i.code, i.name_zh, i.name_en FROM indicator i
            JOIN indicator_system s ON s.id = i.system_id AND s.template AND s.track_id = ?
            WHERE NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id)
              AND """ + SourceWeightService.effectiveWeight("?", Source.EXPERT) + """
             > 0
            ORDER BY i.sort_order, i.id""";

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

    /** A panel as one of its experts sees it. */
    public record Membership(String cycleCode, String trackCode, Localized trackName, boolean submitted) {
    }

    /** One score to give: an agency on an indicator, with what the expert has saved so far (or nulls). */
    public record Line(String agencyCode, Localized agencyName, String indicatorCode, Localized indicatorName,
                       BigDecimal score, String comment) {
    }

    /** What an expert entered for one line, as typed. */
    public record Entry(String agencyCode, String indicatorCode, String score, String comment) {
    }

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
            throw invalid("track", "panel.exists", "the cycle " + cycleCode + " has a panel for " + trackCode + " already",
                    cycleCode, trackCode);
        }
        audit.append(actor, "panel.form", subject(cycleCode, trackCode), Map.of());
    }

    /** Adds an account with the expert role to the panel. */
    @Transactional
    public void addMember(String cycleCode, String trackCode, String typedUsername, String actor) {
        String username = org.minping.core.account.UserNames.canonical(typedUsername);
        long panel = existingPanel(cycleCode, trackCode);
        Optional<Long> user = id("""
                SELECT u.id, u.id FROM user_account u JOIN user_role r ON r.user_id = u.id AND r.role = 'expert'
                WHERE u.username = ? AND u.enabled""", username);
        if (user.isEmpty()) {
            throw invalid("username", "panel.account", "no enabled account " + username + " with the expert role", username);
        }
        int added = em.createNativeQuery("""
                INSERT IGNORE INTO expert_panel_member (panel_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)""")
                .setParameter(1, panel).setParameter(2, user.get()).setParameter(3, actor).setParameter(4, time.now())
                .executeUpdate();
        if (added == 0) {
            throw invalid("username", "panel.member", username + " is on the panel already", username);
        }
        audit.append(actor, "panel.member", subject(cycleCode, trackCode), Map.of("username", username));
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
            throw invalid("username", "panel.notSubmitted", username + " has not submitted on this panel", username);
        }
        audit.append(actor, "panel.reopen", subject(cycleCode, trackCode), Map.of("username", username, "reason", why));
    }

    /**
     * Takes a member off the panel (a conflict found late, an expert who cannot serve), with their
     * scores and steps aside; the audit trail keeps the reason and what they had submitted.
     */
    @Transactional
    public void removeMember(String cycleCode, String trackCode, String username, String reason, String actor) {
        long panel = existingPanel(cycleCode, trackCode);
        String why = requireReason(reason);
        Optional<Long> user = NativeSql.rows(em, """
                SELECT m.user_id, m.panel_id FROM expert_panel_member m JOIN user_account u ON u.id = m.user_id
                WHERE m.panel_id = ? AND u.username = ? FOR UPDATE""", panel, username).stream()
                .map(row -> ((Number) row[0]).longValue()).findFirst();
        if (user.isEmpty()) {
            throw invalid("username", "panel.notMember", username + " is not on this panel", username);
        }
        for (String table : List.of("expert_score", "expert_recusal", "expert_panel_member")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE panel_id = ? AND user_id = ?")
                    .setParameter(1, panel).setParameter(2, user.get()).executeUpdate();
        }
        audit.append(actor, "panel.remove", subject(cycleCode, trackCode), Map.of("username", username, "reason", why));
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.codePointCount(0, why.length()) > MAX_COMMENT) {
            throw invalid("reason", "panel.reason", "a reason of 1 to 500 characters is required");
        }
        return why;
    }

    /** The panels of a cycle, with their members. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Panel> panels(String cycleCode) {
        Map<String, Panel> panels = new LinkedHashMap<>();
        for (Object[] row : NativeSql.rows(em, """
                SELECT t.code, t.name_zh, t.name_en, u.username, m.submitted_at FROM expert_panel p
                JOIN evaluation_cycle c ON c.id = p.cycle_id JOIN pilot_track t ON t.id = p.track_id
                LEFT JOIN expert_panel_member m ON m.panel_id = p.id LEFT JOIN user_account u ON u.id = m.user_id
                WHERE c.code = ? ORDER BY t.sort_order, u.username""", cycleCode)) {
            Panel panel = panels.computeIfAbsent((String) row[0], track ->
                    new Panel(cycleCode, track, new Localized((String) row[1], (String) row[2]), new ArrayList<>()));
            if (row[3] != null) {
                panel.members().add(new Member((String) row[3], row[4] != null, new ArrayList<>()));
            }
        }
        for (Object[] row : NativeSql.rows(em, """
                SELECT t.code, u.username, a.code FROM expert_recusal r JOIN expert_panel p ON p.id = r.panel_id
                JOIN evaluation_cycle c ON c.id = p.cycle_id JOIN pilot_track t ON t.id = p.track_id
                JOIN user_account u ON u.id = r.user_id JOIN agency a ON a.id = r.agency_id
                WHERE c.code = ? ORDER BY a.sort_order""", cycleCode)) {
            panels.get((String) row[0]).members().stream().filter(m -> m.username().equals(row[1]))
                    .forEach(m -> m.recusedFrom().add((String) row[2]));
        }
        return List.copyOf(panels.values());
    }

    /** The panels an expert sits on, newest cycle first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> memberships(String username) {
        return NativeSql.rows(em, """
                SELECT c.code, t.code, t.name_zh, t.name_en, m.submitted_at FROM expert_panel_member m
                JOIN user_account u ON u.id = m.user_id JOIN expert_panel p ON p.id = m.panel_id
                JOIN evaluation_cycle c ON c.id = p.cycle_id JOIN pilot_track t ON t.id = p.track_id
                WHERE u.username = ? ORDER BY c.period_start DESC, t.sort_order""", username).stream()
                .map(row -> new Membership((String) row[0], (String) row[1], new Localized((String) row[2], (String) row[3]),
                        row[4] != null))
                .toList();
    }

    /**
     * The lines an expert scores on a panel, with the expert's saved scores. Empty when the account
     * is not on that panel: nobody learns what another panel holds.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> lines(String username, String cycleCode, String trackCode) {
        Optional<Seat> seat = seat(username, cycleCode, trackCode);
        if (seat.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> saved = new LinkedHashMap<>();
        for (Object[] row : NativeSql.rows(em, """
                SELECT a.code, i.code, s.score, s.comment FROM expert_score s
                JOIN agency a ON a.id = s.agency_id JOIN indicator i ON i.id = s.indicator_id
                WHERE s.panel_id = ? AND s.user_id = ?""", seat.get().panel, seat.get().user)) {
            saved.put(row[0] + "/" + row[1], row);
        }
        List<Line> lines = new ArrayList<>();
        List<Object[]> leaves = NativeSql.rows(em, EXPERT_LEAVES, seat.get().track, seat.get().cycle, seat.get().cycle);
        for (Object[] agency : agencies(seat.get().track)) {
            for (Object[] leaf : leaves) {
                Object[] score = saved.get(agency[1] + "/" + leaf[1]);
                lines.add(new Line((String) agency[1], new Localized((String) agency[2], (String) agency[3]), (String) leaf[1],
                        new Localized((String) leaf[2], (String) leaf[3]), score == null ? null : (BigDecimal) score[2],
                        score == null ? null : (String) score[3]));
            }
        }
        return lines;
    }

    /** The agencies the expert stepped aside from on a panel, with the reasons given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> recusals(String username, String cycleCode, String trackCode) {
        Map<String, String> recusals = new LinkedHashMap<>();
        seat(username, cycleCode, trackCode).ifPresent(seat -> NativeSql.rows(em, """
                SELECT a.code, r.reason FROM expert_recusal r JOIN agency a ON a.id = r.agency_id
                WHERE r.panel_id = ? AND r.user_id = ?""", seat.panel, seat.user)
                .forEach(row -> recusals.put((String) row[0], (String) row[1])));
        return recusals;
    }

    /**
     * Saves an expert's scores and the agencies they step aside from (回避, agency code → reason);
     * with {@code submit} every line of every other agency must be scored and all is final. Lines
     * left blank in a draft are kept unscored. Every problem is reported, named by its line
     * ({@code AGENCY/INDICATOR}) or agency; nothing is stored unless all entries are right.
     */
    @Transactional
    public void save(String username, String cycleCode, String trackCode, List<Entry> entries, Map<String, String> recusals,
                     boolean submit) {
        Seat seat = seat(username, cycleCode, trackCode)
                .orElseThrow(() -> invalid("panel", "panel.notSeated", "you are not on a panel for " + trackCode + " in " + cycleCode,
                        trackCode, cycleCode));
        // The member's row is locked, so a draft saved while the same expert submits elsewhere cannot
        // overwrite submitted scores.
        boolean submittedAlready = NativeSql.rows(em, """
                SELECT submitted_at, panel_id FROM expert_panel_member WHERE panel_id = ? AND user_id = ? FOR UPDATE""",
                seat.panel, seat.user).get(0)[0] != null;
        if (submittedAlready) {
            throw invalid("panel", "panel.submitted", "your scores for " + trackCode + " in " + cycleCode + " are submitted and final",
                    trackCode, cycleCode);
        }
        Map<String, Long> agencies = new LinkedHashMap<>();
        agencies(seat.track).forEach(row -> agencies.put((String) row[1], ((Number) row[0]).longValue()));
        Map<String, Long> leaves = new LinkedHashMap<>();
        NativeSql.rows(em, EXPERT_LEAVES, seat.track, seat.cycle, seat.cycle).forEach(row -> leaves.put((String) row[1], ((Number) row[0]).longValue()));
        List<FieldError> errors = new ArrayList<>();
        List<Object[]> recused = new ArrayList<>();
        recusals.forEach((agency, reason) -> {
            String text = reason == null ? "" : reason.strip();
            if (!agencies.containsKey(agency)) {
                errors.add(new FieldError(agency, "panel.agency", agency + ": not an agency of this panel", agency));
            } else if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_COMMENT) {
                errors.add(new FieldError(agency, "panel.recusal", agency + ": stepping aside needs a reason of 1 to 500 characters",
                        agency));
            } else {
                recused.add(new Object[] {seat.panel, seat.user, agencies.get(agency), text, time.now()});
            }
        });
        List<Object[]> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Entry entry : entries) {
            String line = entry.agencyCode() + "/" + entry.indicatorCode();
            if (!agencies.containsKey(entry.agencyCode()) || !leaves.containsKey(entry.indicatorCode()) || !seen.add(line)) {
                errors.add(new FieldError(line, "panel.line", line + ": not a line of this panel, or given twice", line));
                continue;
            }
            String score = entry.score() == null ? "" : entry.score().strip();
            String comment = entry.comment() == null ? "" : entry.comment().strip();
            if (recusals.containsKey(entry.agencyCode())) {
                if (!score.isEmpty() || !comment.isEmpty()) {
                    errors.add(new FieldError(line, "panel.recused", line + ": you stepped aside from " + entry.agencyCode()
                            + "; leave its scores empty", line, entry.agencyCode()));
                }
                continue;
            }
            if (score.isEmpty() && comment.isEmpty()) {
                if (submit) {
                    errors.add(new FieldError(line, "panel.missing", line + ": a score is missing", line));
                }
                continue;
            }
            BigDecimal value = parseScore(score);
            if (value == null) {
                errors.add(new FieldError(line, "panel.score", line + ": the score must be a number from 0 to 100 with at most 2 decimals",
                        line));
            }
            if (comment.isEmpty() || comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
                errors.add(new FieldError(line, "panel.comment", line + ": each score needs a comment of 1 to 500 characters", line));
            }
            if (value != null && !comment.isEmpty()) {
                rows.add(new Object[] {seat.panel, seat.user, agencies.get(entry.agencyCode()), leaves.get(entry.indicatorCode()),
                        value, comment, time.now()});
            }
        }
        if (submit) {
            for (String agency : agencies.keySet()) {
                for (String leaf : leaves.keySet()) {
                    if (!seen.contains(agency + "/" + leaf) && !recusals.containsKey(agency)) {
                        errors.add(new FieldError(agency + "/" + leaf, "panel.missing", agency + "/" + leaf + ": a score is missing",
                                agency + "/" + leaf));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("DELETE FROM expert_score WHERE panel_id = ? AND user_id = ?")
                .setParameter(1, seat.panel).setParameter(2, seat.user).executeUpdate();
        if (!rows.isEmpty()) {
            NativeSql.insertRows(em, "expert_score",
                    List.of("panel_id", "user_id", "agency_id", "indicator_id", "score", "comment", "updated_at"), rows);
        }
        em.createNativeQuery("DELETE FROM expert_recusal WHERE panel_id = ? AND user_id = ?")
                .setParameter(1, seat.panel).setParameter(2, seat.user).executeUpdate();
        if (!recused.isEmpty()) {
            NativeSql.insertRows(em, "expert_recusal", List.of("panel_id", "user_id", "agency_id", "reason", "declared_at"), recused);
        }
        if (submit) {
            // The submitted_at IS NULL guard makes a second, concurrent submit change nothing.
            int submitted = em.createNativeQuery("""
                    UPDATE expert_panel_member SET submitted_at = ? WHERE panel_id = ? AND user_id = ? AND submitted_at IS NULL""")
                    .setParameter(1, time.now()).setParameter(2, seat.panel).setParameter(3, seat.user).executeUpdate();
            if (submitted == 0) {
                throw invalid("panel", "panel.submitted", "your scores for " + trackCode + " in " + cycleCode + " are submitted and final",
                    trackCode, cycleCode);
            }
            audit.append(username, "panel.submit", subject(cycleCode, trackCode), Map.of("scores", Integer.toString(rows.size()),
                    "recused", String.join(",", new java.util.TreeSet<>(recusals.keySet())), "sha256", digest(entries, recusals)));
        }
    }

    /**
     * What was submitted, for the audit trail: SHA-256 over the sorted lines
     * {@code AGENCY/INDICATOR=score<tab>comment} (the score as a plain decimal) and
     * {@code AGENCY=recused<tab>reason}, so a later change is evident.
     */
    static String digest(List<Entry> entries, Map<String, String> recusals) {
        java.util.stream.Stream<String> scores = entries.stream()
                .filter(e -> !recusals.containsKey(e.agencyCode()))
                .map(e -> e.agencyCode() + "/" + e.indicatorCode() + "=" + parseScore(e.score().strip()).stripTrailingZeros().toPlainString()
                        + "\t" + e.comment().strip());
        java.util.stream.Stream<String> asides = recusals.entrySet().stream().map(r -> r.getKey() + "=recused\t" + r.getValue().strip());
        String text = java.util.stream.Stream.concat(scores, asides).sorted().collect(java.util.stream.Collectors.joining("\n"));
        return org.minping.core.shared.Sha256.hex(text);
    }

    /** A score as typed: 0..100, at most 2 decimals; null when it is not one. */
    static BigDecimal parseScore(String text) {
        if (text == null || !text.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        return value.compareTo(BigDecimal.valueOf(100)) > 0 ? null : value;
    }

    private record Seat(long panel, long user, long cycle, long track) {
    }

    private Optional<Seat> seat(String username, String cycleCode, String trackCode) {
        return NativeSql.rows(em, """
                SELECT p.id, u.id, p.cycle_id, p.track_id FROM expert_panel p
                JOIN evaluation_cycle c ON c.id = p.cycle_id JOIN pilot_track t ON t.id = p.track_id
                JOIN expert_panel_member m ON m.panel_id = p.id JOIN user_account u ON u.id = m.user_id
                WHERE c.code = ? AND t.code = ? AND u.username = ?""", cycleCode, trackCode, username).stream()
                .map(row -> new Seat(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
                .findFirst();
    }

    private List<Object[]> agencies(long track) {
        return NativeSql.rows(em, "SELECT id, code, name_zh, name_en FROM agency WHERE track_id = ? ORDER BY sort_order, code", track);
    }

    private long existingPanel(String cycleCode, String trackCode) {
        return panelId(cycleCode, trackCode).orElseThrow(() ->
                invalid("track", "panel.unknown", "the cycle " + cycleCode + " has no panel for " + trackCode, cycleCode, trackCode));
    }

    private Optional<Long> panelId(String cycleCode, String trackCode) {
        return NativeSql.rows(em, """
                SELECT p.id, p.id FROM expert_panel p JOIN evaluation_cycle c ON c.id = p.cycle_id
                JOIN pilot_track t ON t.id = p.track_id WHERE c.code = ? AND t.code = ?""", cycleCode, trackCode).stream()
                .map(row -> ((Number) row[0]).longValue()).findFirst();
    }

    private Optional<Long> id(String sql, String code) {
        return NativeSql.rows(em, sql, code).stream().map(row -> ((Number) row[0]).longValue()).findFirst();
    }

    private static String subject(String cycleCode, String trackCode) {
        return "panel:" + cycleCode + "/" + trackCode;
    }


    private static InvalidInputException invalid(String field, String code, String message, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, code, message, arguments)));
    }
}
