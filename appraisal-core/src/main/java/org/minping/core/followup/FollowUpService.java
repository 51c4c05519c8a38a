package org.minping.core.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.appraisal.AppealService;
import org.minping.core.appraisal.AppraisalReceipt;
import org.minping.core.appraisal.AppraisalReceived;
import org.minping.core.appraisal.AppraisalWriter;
import org.minping.core.audit.AuditLog;
import org.minping.core.calendar.CalendarService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;

/**
 * The follow-up of bad reviews. Agency staff act only on their own agency's follow-ups (the caller
 * passes the staff member's agency; a follow-up of another agency is "not found"). Every step is
 * audited. A follow-up whose appraisal was rejected or withdrawn is not shown to the agency.
 */
@ApplicationScoped
public class FollowUpService {

    static final int MAX_CALLBACK_NOTE = 500;
    static final int MAX_RECTIFICATION_NOTE = 1000;

    private static final String VIEW = """
            SELECT f.id, g.code, g.name_zh, g.name_en, f.opened_on, f.due_on, f.status, a.overall_level, a.comment_text,
                   a.case_number, f.callback_note, f.rectification_note, f.escalated_at IS NOT NULL,
                   f.rerating_appraisal_id IS NOT NULL
            FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id JOIN agency g ON g.id = f.agency_id
            """;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CalendarService calendar;

    @Inject
    FollowUpPolicy policy;

    @Inject
    AppraisalWriter writer;

    @Inject
    AppealService appeals;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Opens a follow-up for a first-round bad review or complaint, in the intake transaction. */
    void open(@Observes AppraisalReceived appraisal) {
        if (appraisal.ratingRound() != 1
                || (appraisal.overallLevel() > FollowUpPolicy.BAD_REVIEW_LEVEL && !appraisal.complaint())) {
            return;
        }
        LocalDate opened = appraisal.submittedAtUtc().toLocalDate();
        em.createNativeQuery("""
                INSERT INTO follow_up (appraisal_id, agency_id, opened_on, due_on, status) VALUES (?, ?, ?, ?, 'OPEN')""")
                .setParameter(1, appraisal.appraisalId()).setParameter(2, appraisal.agencyId()).setParameter(3, opened)
                .setParameter(4, calendar.calendar().addWorkingDays(opened, policy.workingDays())).executeUpdate();
    }

    /** The agency's follow-ups, those still to do first, then by deadline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpView> forAgency(String agencyCode) {
        return views(VIEW + """
                WHERE g.code = ? AND a.status NOT IN ('REJECTED', 'WITHDRAWN')
                ORDER BY f.status = 'RECTIFIED', f.due_on, f.id LIMIT 500""", agencyCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpView get(long id, String agencyCode) {
        return views(VIEW + "WHERE f.id = ? AND g.code = ? AND a.status NOT IN ('REJECTED', 'WITHDRAWN')", id, agencyCode)
                .stream().findFirst().orElseThrow(FollowUpNotFoundException::new);
    }

    /** Staff called the citizen back (through the channel the appraisal came by) and note what was said. */
    @Transactional
    public void recordCallback(long id, String agencyCode, String note, String actor) {
        FollowUpView followUp = get(id, agencyCode);
        String text = checkedNote("callbackNote", note, MAX_CALLBACK_NOTE);
        if ("RECTIFIED".equals(followUp.status())) {
            throw new InvalidInputException(List.of(new FieldError("callbackNote", "followUp.closed", "the follow-up is rectified already")));
        }
        em.createNativeQuery("""
                UPDATE follow_up SET status = 'ANSWERED', callback_at = ?, callback_by = ?, callback_note = ? WHERE id = ?""")
                .setParameter(1, now()).setParameter(2, actor).setParameter(3, text).setParameter(4, id).executeUpdate();
        audit.append(actor, "followup.callback", "follow-up:" + id, Map.of("note", text));
    }

    /** The agency put right what the citizen complained about; the citizen may now rate again. */
    @Transactional
    public void recordRectification(long id, String agencyCode, String note, String actor) {
        FollowUpView followUp = get(id, agencyCode);
        String text = checkedNote("rectificationNote", note, MAX_RECTIFICATION_NOTE);
        if ("RECTIFIED".equals(followUp.status())) {
            throw new InvalidInputException(List.of(new FieldError("rectificationNote", "followUp.closed", "the follow-up is rectified already")));
        }
        em.createNativeQuery("""
                UPDATE follow_up SET status = 'RECTIFIED', rectified_at = ?, rectified_by = ?, rectification_note = ?
                WHERE id = ?""")
                .setParameter(1, now()).setParameter(2, actor).setParameter(3, text).setParameter(4, id).executeUpdate();
        audit.append(actor, "followup.rectification", "follow-up:" + id, Map.of("note", text));
    }

    /**
     * The agency holds the review malicious (恶意差评) and contests it through the appeal flow;
     * the receipt stays hidden from the agency, the follow-up stands for the review.
     */
    @Transactional
    public void contest(long id, String agencyCode, String statement, String actor) {
        get(id, agencyCode);
        String receipt = (String) NativeSql.rows(em, """
                SELECT a.receipt, a.id FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id WHERE f.id = ?""", id).get(0)[0];
        appeals.contest(receipt, agencyCode, statement, actor);
    }

    /** The state of the agency's contest of the review, if it made one: OPEN, GRANTED or DENIED. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> contestStatus(long id) {
        return NativeSql.rows(em, """
                SELECT p.status, p.id FROM follow_up f JOIN appeal p ON p.appraisal_id = f.appraisal_id AND p.kind = 'AGENCY'
                WHERE f.id = ?""", id).stream().map(row -> (String) row[0]).findFirst();
    }

    /**
     * Escalates every follow-up past its deadline and not rectified, once; run by the schedule and
     * on an administrator's demand.
     *
     * @return how many were escalated now
     */
    @Transactional
    public int escalateOverdue(LocalDate today, String actor) {
        List<Object[]> overdue = NativeSql.rows(em, """
                SELECT f.id, f.due_on FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id
                WHERE f.status <> 'RECTIFIED' AND f.escalated_at IS NULL AND f.due_on < ?
                  AND a.status NOT IN ('REJECTED', 'WITHDRAWN')
                ORDER BY f.id FOR UPDATE""", today);
        for (Object[] row : overdue) {
            em.createNativeQuery("UPDATE follow_up SET escalated_at = ? WHERE id = ?").setParameter(1, now())
                    .setParameter(2, row[0]).executeUpdate();
            audit.append(actor, "followup.escalate", "follow-up:" + row[0], Map.of("dueOn", row[1].toString()));
        }
        return overdue.size();
    }

    /** Escalated follow-ups not yet rectified, oldest deadline first: the administrators' list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpView> escalated() {
        return views(VIEW + """
                WHERE f.escalated_at IS NOT NULL AND f.status <> 'RECTIFIED' AND a.status NOT IN ('REJECTED', 'WITHDRAWN')
                ORDER BY f.due_on, f.id LIMIT 500""");
    }

    /** The follow-up of the appraisal with this receipt, for its holder. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FollowUpView> forReceipt(String receipt) {
        return views(VIEW + "WHERE a.receipt = ?", receipt).stream().findFirst();
    }

    /**
     * The holder of the receipt rates again after rectification: once per follow-up (a unique key
     * on the re-rating settles a double submission).
     */
    @Transactional
    public AppraisalReceipt rerate(String receipt, int overall, String comment) {
        FollowUpView followUp = forReceipt(receipt).orElseThrow(FollowUpNotFoundException::new);
        if (!"RECTIFIED".equals(followUp.status()) || followUp.rerated()) {
            throw new InvalidInputException(List.of(new FieldError("overall", "followUp.notRerateable",
                    "this appraisal can be rated again once, after the agency rectified")));
        }
        AppraisalReceipt second = writer.storeRerating(receipt, overall, comment);
        int updated = em.createNativeQuery("""
                UPDATE follow_up SET rerating_appraisal_id = (SELECT id FROM appraisal WHERE receipt = ?)
                WHERE id = ? AND rerating_appraisal_id IS NULL""")
                .setParameter(1, second.receipt()).setParameter(2, followUp.id()).executeUpdate();
        if (updated != 1) {
            throw new InvalidInputException(List.of(new FieldError("overall", "followUp.notRerateable",
                    "this appraisal was rated again already")));
        }
        audit.append("receipt-holder", "followup.rerate", "follow-up:" + followUp.id(), Map.of("overall", Integer.toString(overall)));
        return second;
    }

    /** Counts for the public results: bad reviews received, answered in time, rectified. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, long[]> statistics(LocalDate from, LocalDate to) {
        Map<String, long[]> byAgency = new java.util.TreeMap<>();
        for (Object[] row : NativeSql.rows(em, """
                SELECT g.code, COUNT(*),
                       SUM(f.callback_at IS NOT NULL AND DATE(f.callback_at) <= f.due_on),
                       SUM(f.status = 'RECTIFIED')
                FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id JOIN agency g ON g.id = f.agency_id
                WHERE f.opened_on BETWEEN ? AND ? AND a.status NOT IN ('REJECTED', 'WITHDRAWN')
                GROUP BY g.code""", from, to)) {
            byAgency.put((String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue()});
        }
        return byAgency;
    }

    private static String checkedNote(String field, String note, int max) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > max) {
            throw new InvalidInputException(List.of(new FieldError(field, "followUp.note",
                    "write a note of 1 to " + max + " characters", max)));
        }
        return text;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private List<FollowUpView> views(String sql, Object... parameters) {
        return NativeSql.rows(em, sql, parameters).stream().map(row -> new FollowUpView(
                ((Number) row[0]).longValue(), (String) row[1], new Localized((String) row[2], (String) row[3]),
                date(row[4]), date(row[5]), (String) row[6], ((Number) row[7]).intValue(), (String) row[8],
                (String) row[9], (String) row[10], (String) row[11], truth(row[12]), truth(row[13]))).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
