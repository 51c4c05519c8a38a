package org.minping.core.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.appraisal.AppealService;
import org.minping.core.appraisal.AppraisalReceipt;
import org.minping.core.appraisal.AppraisalReceived;
import org.minping.core.appraisal.AppraisalStatus;
import org.minping.core.appraisal.AppraisalStatusChanged;
import org.minping.core.appraisal.AppraisalWriter;
import org.minping.core.audit.AuditLog;
import org.minping.core.calendar.CalendarService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * The follow-up of bad reviews. Agency staff act only on their own agency's follow-ups (the caller
 * passes the staff member's agency; a follow-up of another agency is "not found"). Every step is
 * audited.
 *
 * <p>A follow-up reaches the agency only while its appraisal is accepted (published or approved).
 * One held at intake is stored PENDING, in the intake transaction that alone knows whether the
 * citizen asked for a follow-up, and opens when a moderator approves it: a held review may be spam,
 * abuse or carry personal data a moderator has still to remove, so the agency must not read it or
 * call its author, and its deadline counts from the day it is accepted, not from a day the agency
 * could not see it. A rejection or withdrawal closes an unrectified follow-up with its reason; an
 * appeal that overturns the rejection reopens it with a new deadline. A quarantine holds published
 * appraisals without a decision: their follow-ups stay as they are and leave the desk meanwhile.
 */
@ApplicationScoped
public class FollowUpService {

    static final int MAX_CALLBACK_NOTE = 500;
    static final int MAX_RECTIFICATION_NOTE = 1000;

    /** What agency staff and administrators work on: accepted appraisals' follow-ups, neither pending nor closed. */
    private static final String ON_THE_DESK =
            " f.status IN ('OPEN', 'ANSWERED', 'RECTIFIED') AND a.status IN ('PUBLISHED', 'APPROVED') ";

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
    StoredTime time;

    /**
     * Stores the follow-up of a first-round bad review or complaint, in the intake transaction: open
     * if the appraisal is published, pending if it is held for a moderator.
     */
    void open(@Observes AppraisalReceived appraisal) {
        if (appraisal.ratingRound() != 1
                || (appraisal.overallLevel() > FollowUpPolicy.BAD_REVIEW_LEVEL && !appraisal.complaint())) {
            return;
        }
        LocalDate opened = appraisal.submittedAtUtc().toLocalDate();
        em.createNativeQuery("""
                INSERT INTO follow_up (appraisal_id, agency_id, opened_on, due_on, status) VALUES (?, ?, ?, ?, ?)""")
                .setParameter(1, appraisal.appraisalId()).setParameter(2, appraisal.agencyId()).setParameter(3, opened)
                .setParameter(4, dueFrom(opened))
                .setParameter(5, appraisal.status() == AppraisalStatus.PUBLISHED ? "OPEN" : "PENDING").executeUpdate();
    }

    /**
     * Moves the appraisal's follow-up, if it has one, along with a moderation decision, in the
     * deciding transaction: acceptance opens a pending follow-up or reopens a closed one, a rejection
     * or withdrawal closes one the agency has not rectified. Each move is audited.
     */
    void follow(@Observes AppraisalStatusChanged change) {
        List<Row> rows = NativeSql.query(em, """
                SELECT id, status, callback_at IS NOT NULL FROM follow_up WHERE appraisal_id = ? FOR UPDATE""",
                change.appraisalId());
        if (rows.isEmpty()) {
            return;
        }
        long id = rows.get(0).longValue(0);
        String status = rows.get(0).string(1);
        if (change.accepted() && ("PENDING".equals(status) || "CLOSED".equals(status))) {
            boolean pending = "PENDING".equals(status);
            LocalDate today = time.today();
            LocalDate due = dueFrom(today);
            // A pending follow-up is received today, as far as the agency can tell; a reopened one keeps its day.
            em.createNativeQuery("""
                    UPDATE follow_up SET opened_on = COALESCE(?, opened_on), due_on = ?, status = ?, escalated_at = NULL,
                      closed_at = NULL, closed_by = NULL, closed_reason = NULL
                    WHERE id = ?""")
                    .setParameter(1, pending ? today : null).setParameter(2, due)
                    .setParameter(3, rows.get(0).bool(2) ? "ANSWERED" : "OPEN").setParameter(4, id).executeUpdate();
            audit.append(change.actor(), pending ? "followup.open" : "followup.reopen", "follow-up:" + id,
                    Map.of("dueOn", due.toString()));
        } else if (!change.accepted() && change.status() != AppraisalStatus.HELD
                && ("PENDING".equals(status) || "OPEN".equals(status) || "ANSWERED".equals(status))) {
            String reason = change.status() == AppraisalStatus.WITHDRAWN ? "withdrawn"
                    : change.reasonCode() == null ? "rejected" : change.reasonCode();
            em.createNativeQuery("""
                    UPDATE follow_up SET status = 'CLOSED', closed_at = ?, closed_by = ?, closed_reason = ? WHERE id = ?""")
                    .setParameter(1, time.now()).setParameter(2, change.actor()).setParameter(3, reason).setParameter(4, id)
                    .executeUpdate();
            audit.append(change.actor(), "followup.close", "follow-up:" + id, Map.of("reason", reason, "was", status));
        }
    }

    /**
     * Waits for a moderation decision on the same follow-up to finish, so that staff do not call back
     * or rectify one that a rejection is closing. Only the follow-up's row: locking the joined agency
     * would hold up intake for the whole agency.
     */
    private void lock(long id) {
        NativeSql.query(em, "SELECT id, status FROM follow_up WHERE id = ? FOR UPDATE", id);
    }

    private LocalDate dueFrom(LocalDate opened) {
        return calendar.calendar().addWorkingDays(opened, policy.workingDays());
    }

    /** The agency's follow-ups, those still to do first, then by deadline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpView> forAgency(String agencyCode) {
        return views(VIEW + """
                WHERE g.code = ? AND """ + ON_THE_DESK + """
                ORDER BY f.status = 'RECTIFIED', f.due_on, f.id LIMIT 500""", agencyCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpView get(long id, String agencyCode) {
        return views(VIEW + "WHERE f.id = ? AND g.code = ? AND " + ON_THE_DESK, id, agencyCode)
                .stream().findFirst().orElseThrow(FollowUpNotFoundException::new);
    }

    /** Staff called the citizen back (through the channel the appraisal came by) and note what was said. */
    @Transactional
    public void recordCallback(long id, String agencyCode, String note, String actor) {
        lock(id);
        FollowUpView followUp = get(id, agencyCode);
        String text = checkedNote("callbackNote", note, MAX_CALLBACK_NOTE);
        if ("RECTIFIED".equals(followUp.status())) {
            throw new InvalidInputException(List.of(new FieldError("callbackNote", "followUp.closed", "the follow-up is rectified already")));
        }
        em.createNativeQuery("""
                UPDATE follow_up SET status = 'ANSWERED', callback_at = ?, callback_by = ?, callback_note = ? WHERE id = ?""")
                .setParameter(1, time.now()).setParameter(2, actor).setParameter(3, text).setParameter(4, id).executeUpdate();
        audit.append(actor, "followup.callback", "follow-up:" + id, Map.of("note", text));
    }

    /** The agency put right what the citizen complained about; the citizen may now rate again. */
    @Transactional
    public void recordRectification(long id, String agencyCode, String note, String actor) {
        lock(id);
        FollowUpView followUp = get(id, agencyCode);
        String text = checkedNote("rectificationNote", note, MAX_RECTIFICATION_NOTE);
        if ("RECTIFIED".equals(followUp.status())) {
            throw new InvalidInputException(List.of(new FieldError("rectificationNote", "followUp.closed", "the follow-up is rectified already")));
        }
        // The citizen is heard before anything is put right: a rectification without a recorded
        // call-back would count a review nobody answered as handled (and let its author rate again).
        if (!"ANSWERED".equals(followUp.status())) {
            throw new InvalidInputException(List.of(new FieldError("rectificationNote", "followUp.callbackFirst",
                    "record the call-back before the rectification")));
        }
        em.createNativeQuery("""
                UPDATE follow_up SET status = 'RECTIFIED', rectified_at = ?, rectified_by = ?, rectification_note = ?
                WHERE id = ?""")
                .setParameter(1, time.now()).setParameter(2, actor).setParameter(3, text).setParameter(4, id).executeUpdate();
        audit.append(actor, "followup.rectification", "follow-up:" + id, Map.of("note", text));
    }

    /**
     * The agency holds the review malicious (恶意差评) and contests it through the appeal flow;
     * the receipt stays hidden from the agency, the follow-up stands for the review.
     */
    @Transactional
    public void contest(long id, String agencyCode, String statement, String actor) {
        get(id, agencyCode);
        String receipt = NativeSql.query(em, """
                SELECT a.receipt, a.id FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id WHERE f.id = ?""", id).get(0).string(0);
        appeals.contest(receipt, agencyCode, statement, actor);
    }

    /** The state of the agency's contest of the review, if it made one: OPEN, GRANTED or DENIED. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> contestStatus(long id) {
        return NativeSql.query(em, """
                SELECT p.status, p.id FROM follow_up f JOIN appeal p ON p.appraisal_id = f.appraisal_id AND p.kind = 'AGENCY'
                WHERE f.id = ?""", id).stream().map(row -> row.string(0)).findFirst();
    }

    /**
     * Escalates every follow-up past its deadline and not rectified, once; run by the schedule and
     * on an administrator's demand.
     *
     * @return how many were escalated now
     */
    @Transactional
    public int escalateOverdue(LocalDate today, String actor) {
        List<Row> overdue = NativeSql.query(em, """
                SELECT f.id, f.due_on FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id
                WHERE f.status IN ('OPEN', 'ANSWERED') AND f.escalated_at IS NULL AND f.due_on < ?
                  AND a.status IN ('PUBLISHED', 'APPROVED')
                ORDER BY f.id FOR UPDATE""", today);
        for (Row row : overdue) {
            em.createNativeQuery("UPDATE follow_up SET escalated_at = ? WHERE id = ?").setParameter(1, time.now())
                    .setParameter(2, row.get(0)).executeUpdate();
            audit.append(actor, "followup.escalate", "follow-up:" + row.longValue(0), Map.of("dueOn", row.date(1).toString()));
        }
        return overdue.size();
    }

    /** Escalated follow-ups not yet rectified, oldest deadline first: the administrators' list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpView> escalated() {
        return views(VIEW + """
                WHERE f.escalated_at IS NOT NULL AND f.status IN ('OPEN', 'ANSWERED') AND a.status IN ('PUBLISHED', 'APPROVED')
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

    /**
     * Bad reviews received per agency in a period, answered in time, rectified: the columns
     * (agency id, received, answered in time, rectified) of the public counts.
     */
    private static final String COUNTS = """
            SELECT f.agency_id, COUNT(*), SUM(f.callback_at IS NOT NULL AND DATE(f.callback_at) <= f.due_on),
                   SUM(f.status = 'RECTIFIED')
            FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id
            WHERE f.opened_on BETWEEN ? AND ? AND """ + ON_THE_DESK + """
            GROUP BY f.agency_id""";

    /**
     * Keeps the counts of the cycle's period as they stand now as the ones its published result
     * shows; bad reviews go on being answered on the desk, the published page does not move.
     * Part of the publication's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepPublishedCounts(long cycleId, LocalDate from, LocalDate to) {
        em.createNativeQuery("DELETE FROM published_follow_up WHERE cycle_id = ?").setParameter(1, cycleId).executeUpdate();
        em.createNativeQuery("INSERT INTO published_follow_up (cycle_id, agency_id, received, answered_in_time, rectified) SELECT "
                        + cycleId + ", counts.* FROM (" + COUNTS + ") counts")
                .setParameter(1, from).setParameter(2, to).executeUpdate();
    }

    /** The counts a cycle's published result shows, by agency code: bad reviews received, answered in time, rectified. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, long[]> publishedStatistics(String cycleCode) {
        Map<String, long[]> byAgency = new java.util.TreeMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT g.code, p.received, p.answered_in_time, p.rectified
                FROM published_follow_up p JOIN agency g ON g.id = p.agency_id JOIN evaluation_cycle c ON c.id = p.cycle_id
                WHERE c.code = ?""", cycleCode)) {
            byAgency.put(row.string(0), new long[] {row.longValue(1), row.longValue(2), row.longValue(3)});
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


    private List<FollowUpView> views(String sql, Object... parameters) {
        return NativeSql.query(em, sql, parameters).stream().map(row -> new FollowUpView(
                row.longValue(0), row.string(1), new Localized(row.string(2), row.string(3)),
                row.date(4), row.date(5), row.string(6), row.intValue(7), row.string(8),
                row.string(9), row.string(10), row.string(11), row.bool(12), row.bool(13))).toList();
    }
}
