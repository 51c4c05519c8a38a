package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.calendar.CalendarService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;

/**
 * Appeals against rejections: filed by whoever holds the receipt within a number of working days
 * of the decision, decided by someone other than the moderator who rejected. Every step is audited.
 */
@ApplicationScoped
public class AppealService {

    static final int MAX_STATEMENT = 500;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AppraisalRepository appraisals;

    @Inject
    CalendarService calendar;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** An appeal as moderators and authors see it. */
    public record AppealView(long id, String receipt, String agencyCode, Localized agencyName, String rejectionReason,
                             String rejectedBy, String statement, String status, LocalDateTime filedAtUtc) {
    }

    /** The last day an appeal may be filed, if the appraisal is rejected and not yet appealed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDate> deadline(String receipt, int workingDays) {
        Appraisal appraisal = appraisals.findByReceipt(receipt).orElseThrow(AppraisalNotFoundException::new);
        if (appraisal.status() != AppraisalStatus.REJECTED || appealOf(appraisal.id()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(calendar.calendar().addWorkingDays(appraisal.decidedAt().toLocalDate(), workingDays));
    }

    @Transactional
    public AppealView file(String receipt, String statement, int workingDays) {
        String text = statement == null ? "" : statement.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_STATEMENT) {
            throw new InvalidInputException(List.of(new FieldError("statement", "appeal.statement",
                    "the statement must have 1 to 500 characters")));
        }
        Appraisal appraisal = appraisals.findByReceipt(receipt).orElseThrow(AppraisalNotFoundException::new);
        if (appraisal.status() != AppraisalStatus.REJECTED) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.NOT_REJECTED, "only a rejected appraisal can be appealed");
        }
        if (appealOf(appraisal.id()).isPresent()) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.ALREADY_APPEALED, "this appraisal was already appealed");
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate deadline = calendar.calendar().addWorkingDays(appraisal.decidedAt().toLocalDate(), workingDays);
        if (now.toLocalDate().isAfter(deadline)) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.DEADLINE_PASSED,
                    "the time to appeal ended on " + deadline);
        }
        // The unique key on appraisal_id settles two appeals filed at the same moment.
        em.createNativeQuery("INSERT INTO appeal (appraisal_id, filed_at, statement, status) VALUES (?, ?, ?, 'OPEN')")
                .setParameter(1, appraisal.id()).setParameter(2, now).setParameter(3, text).executeUpdate();
        audit.append("receipt-holder", "moderation.appeal", "appraisal:" + receipt, Map.of("statement", text));
        return appealOf(appraisal.id()).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppealView> open() {
        return views("WHERE p.status = 'OPEN' ORDER BY p.filed_at");
    }

    /** Decides an open appeal; the rejection's own moderator may not decide it. */
    @Transactional
    public void decide(long appealId, boolean overturn, String moderator) {
        AppealView appeal = views("WHERE p.id = ?", appealId).stream().findFirst()
                .orElseThrow(() -> new AppealNotAllowedException(AppealNotAllowedException.Why.NOT_OPEN, "no such appeal"));
        if (!"OPEN".equals(appeal.status())) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.NOT_OPEN, "the appeal was already decided");
        }
        if (moderator.equals(appeal.rejectedBy())) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.SAME_MODERATOR,
                    "an appeal goes to someone other than the moderator who rejected");
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("UPDATE appeal SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .setParameter(1, overturn ? "OVERTURNED" : "UPHELD").setParameter(2, moderator).setParameter(3, now)
                .setParameter(4, appealId).executeUpdate();
        if (overturn) {
            appraisals.findByReceipt(appeal.receipt()).orElseThrow().overturn(moderator, now);
        }
        audit.append(moderator, overturn ? "moderation.appeal.overturn" : "moderation.appeal.uphold",
                "appraisal:" + appeal.receipt(), Map.of("appeal", Long.toString(appealId)));
    }

    /** How many appeals ended how: for administrators and auditors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> statistics() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of("OPEN", "UPHELD", "OVERTURNED")) {
            counts.put(status, 0L);
        }
        for (Object[] row : NativeSql.rows(em, "SELECT status, COUNT(*) FROM appeal GROUP BY status")) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> appealStatus(String receipt) {
        return appraisals.findByReceipt(receipt).flatMap(a -> appealOf(a.id())).map(AppealView::status);
    }

    private Optional<AppealView> appealOf(long appraisalId) {
        return views("WHERE p.appraisal_id = ?", appraisalId).stream().findFirst();
    }

    private List<AppealView> views(String where, Object... parameters) {
        List<AppealView> views = new ArrayList<>();
        for (Object[] row : NativeSql.rows(em, """
                SELECT p.id, a.receipt, g.code, g.name_zh, g.name_en, a.decision_reason, a.decided_by, p.statement, p.status,
                       p.filed_at
                FROM appeal p JOIN appraisal a ON a.id = p.appraisal_id JOIN agency g ON g.id = a.agency_id
                """ + " " + where, parameters)) {
            views.add(new AppealView(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    new Localized((String) row[3], (String) row[4]), (String) row[5], (String) row[6], (String) row[7],
                    (String) row[8], NativeSql.dateTime(row[9])));
        }
        return views;
    }
}
