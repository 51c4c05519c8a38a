package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.account.AccountService;
import org.minping.core.audit.AuditLog;
import org.minping.core.calendar.CalendarService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

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
    AccountService accounts;

    @Inject
    Event<AppraisalStatusChanged> statusChanged;


    @Inject
    StoredTime time;

    /** Who appeals: the author against a rejection, or the rated agency against a review it holds malicious. */
    public enum Kind { AUTHOR, AGENCY }

    /** An appeal as moderators and authors see it. */
    public record AppealView(long id, String receipt, String agencyCode, Localized agencyName, String rejectionReason,
                             String rejectedBy, String statement, String status, LocalDateTime filedAtUtc, Kind kind,
                             String appraisalStatus) {
    }

    /**
     * The last filing day of appeals that are overdue today: moderators have {@code workingDays}
     * working days of the official calendar to decide an appeal.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate overdueIfFiledOnOrBefore(int workingDays) {
        return calendar.calendar().lastDayOverdueOn(time.today(), workingDays);
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
        String text = checkedStatement(statement);
        Appraisal appraisal = appraisals.findByReceipt(receipt).orElseThrow(AppraisalNotFoundException::new);
        if (appraisal.status() != AppraisalStatus.REJECTED) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.NOT_REJECTED, "only a rejected appraisal can be appealed");
        }
        if (appealOf(appraisal.id()).isPresent()) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.ALREADY_APPEALED, "this appraisal was already appealed");
        }
        LocalDateTime now = time.now();
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

    /**
     * The rated agency contests a counted review as malicious (恶意差评), with its reasons; a
     * moderator or administrator of no part in the agency decides, as for any appeal.
     */
    @Transactional
    public AppealView contest(String receipt, String agencyCode, String statement, String actor) {
        String text = checkedStatement(statement);
        Appraisal appraisal = appraisals.findByReceipt(receipt).orElseThrow(AppraisalNotFoundException::new);
        if (!appraisal.agency().code().equals(agencyCode)) {
            throw new AppraisalNotFoundException();
        }
        if (appraisal.status() != AppraisalStatus.PUBLISHED && appraisal.status() != AppraisalStatus.APPROVED) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.NOT_REJECTED, "only a counted review can be contested");
        }
        if (!views("WHERE p.appraisal_id = ? AND p.kind = 'AGENCY'", appraisal.id()).isEmpty()) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.ALREADY_APPEALED, "this review was already contested");
        }
        LocalDateTime now = time.now();
        em.createNativeQuery("""
                INSERT INTO appeal (appraisal_id, filed_at, statement, status, kind, filed_by) VALUES (?, ?, ?, 'OPEN', 'AGENCY', ?)""")
                .setParameter(1, appraisal.id()).setParameter(2, now).setParameter(3, text).setParameter(4, actor).executeUpdate();
        audit.append(actor, "moderation.contest", "appraisal:" + receipt, Map.of("statement", text));
        return views("WHERE p.appraisal_id = ? AND p.kind = 'AGENCY'", appraisal.id()).get(0);
    }

    /** An appeal's or a contest's statement: 1 to 500 characters, as people count them. */
    private static String checkedStatement(String statement) {
        String text = statement == null ? "" : statement.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_STATEMENT) {
            throw new InvalidInputException(List.of(new FieldError("statement", "appeal.statement",
                    "the statement must have 1 to 500 characters")));
        }
        return text;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppealView> open() {
        return views("WHERE p.status = 'OPEN' ORDER BY p.filed_at");
    }

    /**
     * Decides an open appeal. For an author's appeal, {@code forTheFiler} overturns the rejection;
     * for an agency's contest it finds the review malicious and rejects it. The rejection's own
     * moderator may not decide an author's appeal, and no one decides about their own agency.
     */
    @Transactional
    public void decide(long appealId, boolean forTheFiler, String moderator) {
        AppealView appeal = views("WHERE p.id = ?", appealId).stream().findFirst()
                .orElseThrow(() -> new AppealNotAllowedException(AppealNotAllowedException.Why.NOT_OPEN, "no such appeal"));
        if (!"OPEN".equals(appeal.status())) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.NOT_OPEN, "the appeal was already decided");
        }
        if (appeal.kind() == Kind.AUTHOR && moderator.equals(appeal.rejectedBy())) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.SAME_MODERATOR,
                    "an appeal goes to someone other than the moderator who rejected");
        }
        if (accounts.findAgencyCode(moderator).map(appeal.agencyCode()::equals).orElse(false)) {
            throw new AppealNotAllowedException(AppealNotAllowedException.Why.OWN_AGENCY,
                    "no one decides an appeal about their own agency");
        }
        LocalDateTime now = time.now();
        String outcome = appeal.kind() == Kind.AUTHOR ? (forTheFiler ? "OVERTURNED" : "UPHELD") : (forTheFiler ? "GRANTED" : "DENIED");
        em.createNativeQuery("UPDATE appeal SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .setParameter(1, outcome).setParameter(2, moderator).setParameter(3, now)
                .setParameter(4, appealId).executeUpdate();
        Appraisal appraisal = appraisals.findByReceipt(appeal.receipt()).orElseThrow();
        if (forTheFiler && appeal.kind() == Kind.AUTHOR) {
            appraisal.overturn(moderator, now);
        } else if (forTheFiler) {
            appraisal.rejectAsMalicious(moderator, now);
        }
        if (forTheFiler) {
            statusChanged.fire(new AppraisalStatusChanged(appraisal.id(), appraisal.status(), appraisal.decisionReason(), moderator));
        }
        String action = appeal.kind() == Kind.AUTHOR ? (forTheFiler ? "moderation.appeal.overturn" : "moderation.appeal.uphold")
                : (forTheFiler ? "moderation.contest.grant" : "moderation.contest.deny");
        audit.append(moderator, action, "appraisal:" + appeal.receipt(), Map.of("appeal", Long.toString(appealId)));
    }

    /** How many appeals ended how: for administrators and auditors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> statistics() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of("OPEN", "UPHELD", "OVERTURNED", "GRANTED", "DENIED")) {
            counts.put(status, 0L);
        }
        for (Row row : NativeSql.query(em, "SELECT status, COUNT(*) FROM appeal GROUP BY status")) {
            counts.put(row.string(0), row.longValue(1));
        }
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> appealStatus(String receipt) {
        return appraisals.findByReceipt(receipt).flatMap(a -> appealOf(a.id())).map(AppealView::status);
    }

    /** The author's appeal of the appraisal, if any (an agency's contest is not the author's). */
    private Optional<AppealView> appealOf(long appraisalId) {
        return views("WHERE p.appraisal_id = ? AND p.kind = 'AUTHOR'", appraisalId).stream().findFirst();
    }

    private List<AppealView> views(String where, Object... parameters) {
        List<AppealView> views = new ArrayList<>();
        for (Row row : NativeSql.query(em, """
                SELECT p.id, a.receipt, g.code, g.name_zh, g.name_en, a.decision_reason, a.decided_by, p.statement, p.status,
                       p.filed_at, p.kind, a.status
                FROM appeal p JOIN appraisal a ON a.id = p.appraisal_id JOIN agency g ON g.id = a.agency_id
                """ + " " + where, parameters)) {
            views.add(new AppealView(row.longValue(0), row.string(1), row.string(2),
                    new Localized(row.string(3), row.string(4)), row.string(5), row.string(6), row.string(7),
                    row.string(8), row.dateTime(9), Kind.valueOf(row.string(10)), row.string(11)));
        }
        return views;
    }
}
