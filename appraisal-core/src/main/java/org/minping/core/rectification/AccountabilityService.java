package org.minping.core.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * The office's accountability records (问责) on an agency's published result, optionally following
 * a failed rectification task; callers check {@code rectification:manage} to write and
 * {@code audit:read} to read. Each creation and change appends to the audit chain in its transaction.
 */
@ApplicationScoped
public class AccountabilityService {

    static final int MAX_REASON = 1000;
    static final int MAX_UNIT = 200;
    static final int MAX_FOLLOW_UP = 1000;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    RectificationService rectifications;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** What the office records; list values as the page posted them, checked here. */
    public record Entry(String cycleCode, String agencyCode, String taskId, String decision, String reason,
                        String responsibleUnit, String followUp, String decidedOn) {
    }

    @Transactional
    public long record(Entry entry, String actor) {
        List<FieldError> errors = new ArrayList<>();
        List<Row> subject = NativeSql.query(em, """
                SELECT c.id, g.id FROM evaluation_cycle c JOIN scoring_result r ON r.run_id = c.published_run_id
                JOIN agency g ON g.id = r.agency_id WHERE c.code = ? AND g.code = ?""",
                entry.cycleCode() == null ? "" : entry.cycleCode(), entry.agencyCode() == null ? "" : entry.agencyCode());
        if (subject.isEmpty()) {
            errors.add(new FieldError("agency", "accountability.result", "choose an agency with a published result of the cycle"));
        }
        Long taskId = null;
        if (entry.taskId() != null && !entry.taskId().isBlank()) {
            try {
                RectificationTask task = rectifications.get(Long.parseLong(entry.taskId()));
                if (!task.cycleCode().equals(entry.cycleCode()) || !task.agencyCode().equals(entry.agencyCode())
                        || !task.failedOn(time.today())) {
                    throw new RectificationNotFoundException();
                }
                taskId = task.id();
            } catch (NumberFormatException | RectificationNotFoundException notFailed) {
                errors.add(new FieldError("task", "accountability.task",
                        "choose a reopened or overdue rectification task of the agency in this cycle, or none"));
            }
        }
        AccountabilityDecision decision = null;
        try {
            decision = AccountabilityDecision.valueOf(entry.decision() == null ? "" : entry.decision());
        } catch (IllegalArgumentException notADecision) {
            errors.add(new FieldError("decision", "accountability.decision", "choose a decision from the list"));
        }
        String reason = text(errors, "reason", "accountability.reason", entry.reason(), MAX_REASON, true);
        String unit = text(errors, "responsibleUnit", "accountability.responsibleUnit", entry.responsibleUnit(), MAX_UNIT, true);
        String followUp = text(errors, "followUp", "accountability.followUp", entry.followUp(), MAX_FOLLOW_UP, false);
        LocalDate decidedOn = null;
        try {
            decidedOn = LocalDate.parse(entry.decidedOn() == null ? "" : entry.decidedOn().strip());
            if (decidedOn.isAfter(time.today())) {
                errors.add(new FieldError("decidedOn", "accountability.decidedOnFuture", "the date of a decision taken cannot be in the future"));
            }
        } catch (DateTimeParseException notADate) {
            errors.add(new FieldError("decidedOn", "accountability.decidedOn", "give the date of the decision as YYYY-MM-DD"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                INSERT INTO accountability_record (cycle_id, agency_id, task_id, decision, reason, responsible_unit, follow_up,
                  decided_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, subject.get(0).longValue(0)).setParameter(2, subject.get(0).longValue(1))
                .setParameter(3, taskId).setParameter(4, decision.name()).setParameter(5, reason).setParameter(6, unit)
                .setParameter(7, followUp.isEmpty() ? null : followUp).setParameter(8, decidedOn).setParameter(9, actor)
                .setParameter(10, time.now()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("cycle", entry.cycleCode());
        data.put("agency", entry.agencyCode());
        data.put("task", taskId == null ? "" : Long.toString(taskId));
        data.put("decision", decision.name());
        data.put("reason", reason);
        data.put("responsibleUnit", unit);
        data.put("followUp", followUp);
        data.put("decidedOn", decidedOn.toString());
        audit.append(actor, "accountability.record", "accountability:" + id, data);
        return id;
    }

    /** The office writes how the decision was followed up (the one part of a record that changes). */
    @Transactional
    public void amendFollowUp(long id, String followUp, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String text = text(errors, "followUp", "accountability.followUp", followUp, MAX_FOLLOW_UP, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int updated = em.createNativeQuery("""
                UPDATE accountability_record SET follow_up = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?""")
                .setParameter(1, text).setParameter(2, actor).setParameter(3, time.now()).setParameter(4, id).executeUpdate();
        if (updated != 1) {
            throw new RectificationNotFoundException();
        }
        audit.append(actor, "accountability.amend", "accountability:" + id, Map.of("followUp", text));
    }

    /** Every record, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountabilityRecord> all() {
        return NativeSql.query(em, """
                SELECT r.id, c.code, g.code, g.name_zh, g.name_en, r.task_id, r.decision, r.reason, r.responsible_unit,
                       r.follow_up, r.decided_on, r.created_by, r.created_at, r.updated_by
                FROM accountability_record r JOIN evaluation_cycle c ON c.id = r.cycle_id JOIN agency g ON g.id = r.agency_id
                ORDER BY r.decided_on DESC, r.id DESC LIMIT 500""").stream()
                .map(row -> new AccountabilityRecord(row.longValue(0), row.string(1), row.string(2),
                        new Localized(row.string(3), row.string(4)), row.nullableLong(5),
                        AccountabilityDecision.valueOf(row.string(6)), row.string(7), row.string(8), row.string(9),
                        row.date(10), row.string(11), row.dateTime(12), row.string(13))).toList();
    }

    private static String text(List<FieldError> errors, String field, String code, String typed, int max, boolean required) {
        String text = typed == null ? "" : typed.strip();
        if ((required && text.isEmpty()) || text.codePointCount(0, text.length()) > max) {
            errors.add(new FieldError(field, code, "write 1 to " + max + " characters", max));
        }
        return text;
    }
}
