package org.minping.core.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.minping.core.audit.AuditLog;
import org.minping.core.calendar.CalendarService;
import org.minping.core.followup.FollowUpPolicy;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * Rectification tasks after publication. The office (callers check {@code rectification:manage})
 * opens them from a weak indicator of the published run or a pattern of bad reviews, and closes or
 * reopens them; agency staff (callers check {@code rectification:respond} and pass the staff
 * member's agency) plan and prove, on their own agency's tasks only: another agency's task is
 * "not found". Every change is audited in its transaction.
 */
@ApplicationScoped
public class RectificationService {

    /** An indicator scoring below this in the published run is marked weak. */
    public static final double WEAK_BELOW = 80.0;
    /** How many of an agency's weakest indicators the office is offered. */
    public static final int WEAKEST = 5;
    /** Bad first ratings in a cycle's period from which an agency shows a review pattern. */
    public static final int PATTERN_MIN_BAD_REVIEWS = 3;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_PLAN = 2000;
    static final int MAX_REASON = 500;
    static final int MAX_EVIDENCE = 20;

    private static final String VIEW = """
            SELECT t.id, c.code, g.code, g.name_zh, g.name_en, t.indicator_code, i.name_zh, i.name_en, t.origin, t.description,
                   t.working_days, t.opened_on, t.due_on, t.status, t.plan_text, t.review_reason, t.reopened,
                   t.escalated_at IS NOT NULL
            FROM rectification_task t JOIN evaluation_cycle c ON c.id = t.cycle_id JOIN agency g ON g.id = t.agency_id
            LEFT JOIN cycle_agency_system s ON s.cycle_id = t.cycle_id AND s.agency_id = t.agency_id
            LEFT JOIN indicator i ON i.system_id = s.system_id AND i.code = t.indicator_code
            """;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CalendarService calendar;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** An indicator offered to the office: its score in the published run, weakest first. */
    public record WeakIndicator(String code, Localized name, double score, boolean belowThreshold) {
    }

    /** What the office asks to open; the list values are checked against what the page offered. */
    public record Opening(String cycleCode, String agencyCode, String origin, String indicatorCode, String description,
                          String workingDays) {
    }

    /** The agency's weakest indicators in the cycle's published run; empty when the agency has no result there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WeakIndicator> weakIndicators(String cycleCode, String agencyCode) {
        Long run = publishedRun(cycleCode).orElse(null);
        if (run == null) {
            return List.of();
        }
        Map<String, Double> points = new HashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT c.indicator_code, SUM(c.points) FROM scoring_contribution c JOIN agency a ON a.id = c.agency_id
                WHERE c.run_id = ? AND a.code = ? AND c.indicator_code IS NOT NULL GROUP BY c.indicator_code""", run, agencyCode)) {
            points.put(row.string(0), row.doubleValue(1));
        }
        List<WeakIndicators.Node> nodes = new ArrayList<>();
        Map<String, Localized> names = new HashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT i.code, p.code, i.weight, i.name_zh, i.name_en FROM indicator i LEFT JOIN indicator p ON p.id = i.parent_id
                JOIN cycle_agency_system s ON s.system_id = i.system_id JOIN agency a ON a.id = s.agency_id
                JOIN evaluation_cycle c ON c.id = s.cycle_id WHERE c.code = ? AND a.code = ?""", cycleCode, agencyCode)) {
            nodes.add(new WeakIndicators.Node(row.string(0), row.string(1), row.decimal(2).doubleValue()));
            names.put(row.string(0), new Localized(row.string(3), row.string(4)));
        }
        return WeakIndicators.weakest(points, WeakIndicators.leafWeights(nodes), WEAK_BELOW, WEAKEST).stream()
                .map(s -> new WeakIndicator(s.indicatorCode(), names.get(s.indicatorCode()), s.score(), s.belowThreshold()))
                .toList();
    }

    /**
     * Agencies whose accepted first ratings of the cycle's period hold at least
     * {@link #PATTERN_MIN_BAD_REVIEWS} bad ones, or whose bad-review follow-ups of the period are
     * past their deadline unanswered; the most bad reviews first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewPattern> reviewPatterns(String cycleCode) {
        LocalDate today = time.today();
        Map<String, String> worst = new HashMap<>();
        Map<String, Long> worstCount = new HashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT g.code, i.code, COUNT(*) FROM appraisal_rating r JOIN appraisal a ON a.id = r.appraisal_id
                JOIN indicator i ON i.id = r.indicator_id JOIN agency g ON g.id = a.agency_id JOIN evaluation_cycle c ON c.code = ?
                WHERE r.level <= ? AND a.rating_round = 1 AND a.status IN ('PUBLISHED', 'APPROVED')
                  AND a.submitted_at >= c.period_start AND a.submitted_at < c.period_end + INTERVAL 1 DAY
                GROUP BY g.code, i.code""", cycleCode, FollowUpPolicy.BAD_REVIEW_LEVEL)) {
            long count = row.longValue(2);
            String agency = row.string(0);
            if (count > worstCount.getOrDefault(agency, 0L)
                    || (count == worstCount.getOrDefault(agency, 0L) && row.string(1).compareTo(worst.get(agency)) < 0)) {
                worst.put(agency, row.string(1));
                worstCount.put(agency, count);
            }
        }
        List<ReviewPattern> patterns = new ArrayList<>();
        for (Row row : NativeSql.query(em, """
                SELECT g.code, g.name_zh, g.name_en, COUNT(*), SUM(a.overall_level <= ?),
                       (SELECT COUNT(*) FROM follow_up f WHERE f.agency_id = g.id AND f.status IN ('OPEN', 'ANSWERED')
                          AND f.due_on < ? AND f.opened_on BETWEEN c.period_start AND c.period_end) AS overdue
                FROM appraisal a JOIN agency g ON g.id = a.agency_id JOIN evaluation_cycle c ON c.code = ?
                WHERE a.rating_round = 1 AND a.status IN ('PUBLISHED', 'APPROVED')
                  AND a.submitted_at >= c.period_start AND a.submitted_at < c.period_end + INTERVAL 1 DAY
                GROUP BY g.id, g.code, g.name_zh, g.name_en, c.period_start, c.period_end
                HAVING SUM(a.overall_level <= ?) >= ? OR overdue > 0
                ORDER BY SUM(a.overall_level <= ?) DESC, g.code LIMIT 200""",
                FollowUpPolicy.BAD_REVIEW_LEVEL, today, cycleCode, FollowUpPolicy.BAD_REVIEW_LEVEL, PATTERN_MIN_BAD_REVIEWS,
                FollowUpPolicy.BAD_REVIEW_LEVEL)) {
            patterns.add(new ReviewPattern(row.string(0), new Localized(row.string(1), row.string(2)), row.longValue(3),
                    row.longValue(4), row.longValue(5), worst.get(row.string(0))));
        }
        return patterns;
    }

    /** The office opens a task; refused, naming the field, unless every value is one the page offered. */
    @Transactional
    public long open(Opening opening, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String cycleCode = opening.cycleCode() == null ? "" : opening.cycleCode();
        String agencyCode = opening.agencyCode() == null ? "" : opening.agencyCode();
        Long cycleId = null;
        Long agencyId = null;
        Optional<Long> run = publishedRun(cycleCode);
        if (run.isEmpty()) {
            errors.add(new FieldError("cycle", "rectification.cyclePublished", "choose a published cycle"));
        } else {
            cycleId = NativeSql.query(em, "SELECT id FROM evaluation_cycle WHERE code = ?", cycleCode).get(0).longValue(0);
            List<Row> agency = NativeSql.query(em, """
                    SELECT a.id FROM scoring_result r JOIN agency a ON a.id = r.agency_id WHERE r.run_id = ? AND a.code = ?""",
                    run.get(), agencyCode);
            if (agency.isEmpty()) {
                errors.add(new FieldError("agency", "rectification.agency", "choose an agency with a published result"));
            } else {
                agencyId = agency.get(0).longValue(0);
            }
        }
        RectificationOrigin origin = null;
        try {
            origin = RectificationOrigin.valueOf(opening.origin() == null ? "" : opening.origin());
        } catch (IllegalArgumentException notAnOrigin) {
            errors.add(new FieldError("origin", "rectification.origin", "choose where the task comes from"));
        }
        String indicator = opening.indicatorCode() == null || opening.indicatorCode().isBlank() ? null : opening.indicatorCode();
        if (agencyId != null && origin == RectificationOrigin.WEAK_INDICATOR
                && weakIndicators(cycleCode, agencyCode).stream().noneMatch(w -> w.code().equals(indicator))) {
            errors.add(new FieldError("indicator", "rectification.weakIndicator", "choose one of the agency's weakest indicators"));
        }
        if (agencyId != null && origin == RectificationOrigin.REVIEW_PATTERN) {
            if (reviewPatterns(cycleCode).stream().noneMatch(p -> p.agencyCode().equals(agencyCode))) {
                errors.add(new FieldError("agency", "rectification.noPattern", "the agency shows no pattern of bad reviews in this cycle"));
            } else if (indicator != null && NativeSql.query(em, """
                    SELECT i.id FROM indicator i JOIN cycle_agency_system s ON s.system_id = i.system_id
                    WHERE s.cycle_id = ? AND s.agency_id = ? AND i.code = ?""", cycleId, agencyId, indicator).isEmpty()) {
                errors.add(new FieldError("indicator", "rectification.indicator", "choose an indicator of the agency"));
            }
        }
        String description = checkedText(errors, "description", "rectification.description", opening.description(), MAX_DESCRIPTION);
        Integer days = null;
        try {
            days = WorkingDays.parse("workingDays", opening.workingDays());
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = time.today();
        LocalDate due = calendar.calendar().addWorkingDays(today, days);
        em.createNativeQuery("""
                INSERT INTO rectification_task (cycle_id, agency_id, indicator_code, origin, description, working_days, opened_on,
                  due_on, status, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .setParameter(1, cycleId).setParameter(2, agencyId).setParameter(3, indicator).setParameter(4, origin.name())
                .setParameter(5, description).setParameter(6, days).setParameter(7, today).setParameter(8, due)
                .setParameter(9, actor).setParameter(10, time.now()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("cycle", cycleCode);
        data.put("agency", agencyCode);
        data.put("origin", origin.name());
        data.put("indicator", indicator == null ? "" : indicator);
        data.put("dueOn", due.toString());
        audit.append(actor, "rectification.open", subject(id), data);
        return id;
    }

    /** Every task, those overdue first, then by deadline: the office's list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RectificationTask> forOffice() {
        return views(VIEW + "ORDER BY t.status <> 'CLOSED' AND t.due_on < ? DESC, t.status = 'CLOSED', t.due_on, t.id LIMIT 500",
                time.today());
    }

    /** The agency's tasks, overdue first, then by deadline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RectificationTask> forAgency(String agencyCode) {
        return views(VIEW + """
                WHERE g.code = ? ORDER BY t.status <> 'CLOSED' AND t.due_on < ? DESC, t.status = 'CLOSED', t.due_on, t.id LIMIT 500""",
                agencyCode, time.today());
    }

    /** One task for the office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RectificationTask get(long id) {
        return views(VIEW + "WHERE t.id = ?", id).stream().findFirst().orElseThrow(RectificationNotFoundException::new);
    }

    /** One task of the agency; another agency's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RectificationTask get(long id, String agencyCode) {
        return views(VIEW + "WHERE t.id = ? AND g.code = ?", id, agencyCode).stream().findFirst()
                .orElseThrow(RectificationNotFoundException::new);
    }

    /** The agency's staff write their plan (and may rewrite it until they have proved anything). */
    @Transactional
    public void submitPlan(long id, String agencyCode, String plan, String actor) {
        RectificationTask task = locked(id, agencyCode);
        List<FieldError> errors = new ArrayList<>();
        String text = checkedText(errors, "plan", "rectification.plan", plan, MAX_PLAN);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RectificationState next = task.state().after(RectificationState.Step.SUBMIT_PLAN);
        em.createNativeQuery("UPDATE rectification_task SET status = ?, plan_text = ?, plan_by = ?, plan_at = ? WHERE id = ?")
                .setParameter(1, next.name()).setParameter(2, text).setParameter(3, actor).setParameter(4, time.now())
                .setParameter(5, id).executeUpdate();
        audit.append(actor, "rectification.plan", subject(id), Map.of("was", task.state().name(), "plan", text));
    }

    /** An evidence file, already checked to be a PDF and stored under a generated name. */
    public record EvidenceFile(String storedName, String fileName, String sha256, long sizeBytes) {
    }

    /** The agency's staff add evidence of what they did; the task waits for the office. */
    @Transactional
    public long addEvidence(long id, String agencyCode, EvidenceFile file, String actor) {
        RectificationTask task = locked(id, agencyCode);
        RectificationState next = task.state().after(RectificationState.Step.SUBMIT_EVIDENCE);
        if (task.evidence().size() >= MAX_EVIDENCE) {
            throw new InvalidInputException(List.of(new FieldError("evidence", "rectification.evidenceCount",
                    "a task holds at most " + MAX_EVIDENCE + " evidence files", MAX_EVIDENCE)));
        }
        em.createNativeQuery("""
                INSERT INTO rectification_evidence (task_id, stored_name, file_name, sha256, size_bytes, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, id).setParameter(2, file.storedName()).setParameter(3, file.fileName())
                .setParameter(4, file.sha256()).setParameter(5, file.sizeBytes()).setParameter(6, actor)
                .setParameter(7, time.now()).executeUpdate();
        long evidence = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        em.createNativeQuery("UPDATE rectification_task SET status = ? WHERE id = ?").setParameter(1, next.name())
                .setParameter(2, id).executeUpdate();
        audit.append(actor, "rectification.evidence", subject(id), Map.of("was", task.state().name(),
                "evidence", Long.toString(evidence), "sha256", file.sha256()));
        return evidence;
    }

    /** The office accepts the evidence and closes the task; the reason is optional. */
    @Transactional
    public void close(long id, String reason, String actor) {
        review(id, RectificationState.Step.CLOSE, reason, false, actor);
    }

    /** The office sends the task back to the agency, saying why; the deadline stays. */
    @Transactional
    public void reopen(long id, String reason, String actor) {
        review(id, RectificationState.Step.REOPEN, reason, true, actor);
    }

    private void review(long id, RectificationState.Step step, String reason, boolean reasonRequired, String actor) {
        lock(id);
        RectificationTask task = get(id);
        String text = reason == null ? "" : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if ((reasonRequired && text.isEmpty()) || text.codePointCount(0, text.length()) > MAX_REASON) {
            errors.add(new FieldError("reason", "rectification.reason", "write a reason of 1 to " + MAX_REASON + " characters",
                    MAX_REASON));
            throw new InvalidInputException(errors);
        }
        RectificationState next = task.state().after(step);
        boolean closing = next == RectificationState.CLOSED;
        em.createNativeQuery("""
                UPDATE rectification_task SET status = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ?,
                  closed_at = ?, reopened = reopened + ? WHERE id = ?""")
                .setParameter(1, next.name()).setParameter(2, text.isEmpty() ? null : text).setParameter(3, actor)
                .setParameter(4, time.now()).setParameter(5, closing ? time.now() : null).setParameter(6, closing ? 0 : 1)
                .setParameter(7, id).executeUpdate();
        audit.append(actor, closing ? "rectification.close" : "rectification.reopen", subject(id),
                Map.of("was", task.state().name(), "reason", text));
    }

    /**
     * The stored file of an evidence: for the office and auditors ({@code agencyCode} null) any, for
     * agency staff only their own agency's; anything else is empty.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EvidenceFile> evidence(long evidenceId, String agencyCode, boolean office) {
        if (!office && (agencyCode == null || agencyCode.isEmpty())) {
            return Optional.empty();
        }
        return NativeSql.query(em, """
                SELECT e.stored_name, e.file_name, e.sha256, e.size_bytes FROM rectification_evidence e
                JOIN rectification_task t ON t.id = e.task_id JOIN agency g ON g.id = t.agency_id
                WHERE e.id = ? AND (? OR g.code = ?)""", evidenceId, office, agencyCode == null ? "" : agencyCode).stream()
                .map(row -> new EvidenceFile(row.string(0), row.string(1), row.string(2), row.longValue(3))).findFirst();
    }

    /** Marks every overdue, not yet escalated task as escalated to the office, once; run by the follow-ups' schedule. */
    @Transactional
    public int escalateOverdue(LocalDate today, String actor) {
        List<Row> overdue = NativeSql.query(em, """
                SELECT id, due_on FROM rectification_task WHERE status <> 'CLOSED' AND escalated_at IS NULL AND due_on < ?
                ORDER BY id FOR UPDATE""", today);
        for (Row row : overdue) {
            em.createNativeQuery("UPDATE rectification_task SET escalated_at = ? WHERE id = ?").setParameter(1, time.now())
                    .setParameter(2, row.get(0)).executeUpdate();
            audit.append(actor, "rectification.escalate", subject(row.longValue(0)), Map.of("dueOn", row.date(1).toString()));
        }
        return overdue.size();
    }

    /** Per agency code, the tasks of a published cycle opened, closed and overdue today: the public counts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, RectificationCounts> publicCounts(String cycleCode) {
        Map<String, RectificationCounts> counts = new TreeMap<>();
        if (publishedRun(cycleCode).isEmpty()) {
            return counts;
        }
        for (Row row : NativeSql.query(em, """
                SELECT g.code, COUNT(*), SUM(t.status = 'CLOSED'), SUM(t.status <> 'CLOSED' AND t.due_on < ?)
                FROM rectification_task t JOIN agency g ON g.id = t.agency_id JOIN evaluation_cycle c ON c.id = t.cycle_id
                WHERE c.code = ? GROUP BY g.code""", time.today(), cycleCode)) {
            counts.put(row.string(0), new RectificationCounts(row.longValue(1), row.longValue(2), row.longValue(3)));
        }
        return counts;
    }

    private Optional<Long> publishedRun(String cycleCode) {
        return NativeSql.query(em, "SELECT published_run_id FROM evaluation_cycle WHERE code = ? AND published_run_id IS NOT NULL",
                cycleCode == null ? "" : cycleCode).stream().map(row -> row.longValue(0)).findFirst();
    }

    /** The task of the agency, its row locked until the change commits. */
    private RectificationTask locked(long id, String agencyCode) {
        lock(id);
        return get(id, agencyCode);
    }

    private void lock(long id) {
        NativeSql.query(em, "SELECT id, status FROM rectification_task WHERE id = ? FOR UPDATE", id);
    }

    static String subject(long id) {
        return "rectification:" + id;
    }

    static String checkedText(List<FieldError> errors, String field, String code, String typed, int max) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > max) {
            errors.add(new FieldError(field, code, "write 1 to " + max + " characters", max));
        }
        return text;
    }

    private List<RectificationTask> views(String sql, Object... parameters) {
        List<Row> rows = NativeSql.query(em, sql, parameters);
        Map<Long, List<RectificationTask.Evidence>> evidence = new HashMap<>();
        if (!rows.isEmpty()) {
            String ids = String.join(",", rows.stream().map(row -> Long.toString(row.longValue(0))).toList());
            for (Row row : NativeSql.query(em, "SELECT task_id, id, file_name, size_bytes, uploaded_at FROM rectification_evidence"
                    + " WHERE task_id IN (" + ids + ") ORDER BY id")) {
                evidence.computeIfAbsent(row.longValue(0), t -> new ArrayList<>()).add(new RectificationTask.Evidence(
                        row.longValue(1), row.string(2), row.longValue(3), row.dateTime(4)));
            }
        }
        return rows.stream().map(row -> new RectificationTask(row.longValue(0), row.string(1), row.string(2),
                new Localized(row.string(3), row.string(4)), row.string(5),
                row.isNull(6) ? null : new Localized(row.string(6), row.string(7)),
                RectificationOrigin.valueOf(row.string(8)), row.string(9), row.intValue(10), row.date(11), row.date(12),
                RectificationState.valueOf(row.string(13)), row.string(14), row.string(15), row.intValue(16), row.bool(17),
                List.copyOf(evidence.getOrDefault(row.longValue(0), List.of())))).toList();
    }
}
