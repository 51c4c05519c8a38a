package org.minping.moderation.bomb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.appraisal.AppraisalStatus;
import org.minping.core.appraisal.AppraisalStatusChanged;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.NativeSql;

/**
 * Runs review-bomb detection over every agency with recent arrivals, quarantines suspicious
 * windows (their published appraisals become held, reason "coordinated", and leave every score),
 * and carries out moderators' decisions on them. Every step is an audit event.
 */
@ApplicationScoped
public class QuarantineService {

    private static final String SYSTEM = "system";

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<AppraisalStatusChanged> statusChanged;

    @Inject
    Clock clock;

    private final ReviewBombDetector detector = ReviewBombDetector.standard();

    /** An open or decided quarantine as moderators see it. */
    public record Quarantine(long id, String agencyCode, LocalDateTime windowStart, LocalDateTime windowEnd, int appraisals,
                             double windowMean, Double baselineMean, double rateRatio, String status) {
    }

    /** Examines every agency that had arrivals in the last window; returns the ids of new quarantines. */
    @Transactional
    public List<Long> detect() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDateTime windowStart = now.minus(detector.window());
        extendOpenWindows(now, windowStart);
        List<Long> created = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Number> agencies = em.createNativeQuery("""
                SELECT DISTINCT agency_id FROM appraisal WHERE submitted_at >= ? AND status = 'PUBLISHED'
                  AND quarantine_id IS NULL""").setParameter(1, windowStart).getResultList();
        for (Number agency : agencies) {
            long agencyId = agency.longValue();
            List<ReviewBombDetector.Arrival> arrivals = arrivals(agencyId, windowStart.minus(detector.baseline()), now);
            Optional<ReviewBombDetector.Suspicion> suspicion = detector.examine(arrivals, now);
            if (suspicion.isPresent()) {
                created.add(quarantine(agencyId, suspicion.get(), now));
            }
        }
        return created;
    }

    /**
     * A brigade caught mid-way keeps arriving: what reaches an agency while its quarantine is open
     * and its window ended less than one window ago joins that quarantine, held like the rest.
     * Without this, the tail of a burst would count, being too short to look suspicious on its own.
     */
    private void extendOpenWindows(LocalDateTime now, LocalDateTime recent) {
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("""
                SELECT q.id, q.agency_id, q.window_end, a.code FROM quarantine q JOIN agency a ON a.id = q.agency_id
                WHERE q.status = 'OPEN' AND q.window_end >= ?
                  AND q.id = (SELECT MAX(o.id) FROM quarantine o WHERE o.agency_id = q.agency_id AND o.status = 'OPEN')
                ORDER BY q.id FOR UPDATE""").setParameter(1, recent).getResultList();
        for (Object[] row : open) {
            long id = ((Number) row[0]).longValue();
            int joined = em.createNativeQuery("""
                    UPDATE appraisal SET quarantine_id = ?, status = CASE WHEN status = 'PUBLISHED' THEN 'HELD' ELSE status END,
                      hold_reasons = CASE WHEN hold_reasons IS NULL THEN 'coordinated' ELSE CONCAT(hold_reasons, ',coordinated') END
                    WHERE agency_id = ? AND submitted_at > ? AND submitted_at <= ? AND quarantine_id IS NULL
                      AND status IN ('PUBLISHED', 'HELD')""")
                    .setParameter(1, id).setParameter(2, row[1]).setParameter(3, NativeSql.dateTime(row[2]))
                    .setParameter(4, now).executeUpdate();
            if (joined > 0) {
                em.createNativeQuery("""
                        UPDATE quarantine SET window_end = ?, appraisals = (SELECT COUNT(*) FROM appraisal WHERE quarantine_id = ?)
                        WHERE id = ?""").setParameter(1, now).setParameter(2, id).setParameter(3, id).executeUpdate();
                audit.append(SYSTEM, "moderation.quarantine-extended", "agency:" + row[3] + "/quarantine:" + id,
                        Map.of("joined", Integer.toString(joined), "windowEnd", now.toString()));
            }
        }
    }

    private List<ReviewBombDetector.Arrival> arrivals(long agencyId, LocalDateTime from, LocalDateTime to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT submitted_at, overall_level FROM appraisal
                WHERE agency_id = ? AND submitted_at >= ? AND submitted_at <= ? AND quarantine_id IS NULL""")
                .setParameter(1, agencyId).setParameter(2, from).setParameter(3, to).getResultList();
        List<ReviewBombDetector.Arrival> arrivals = new ArrayList<>();
        for (Object[] row : rows) {
            arrivals.add(new ReviewBombDetector.Arrival(NativeSql.dateTime(row[0]), ((Number) row[1]).intValue()));
        }
        return arrivals;
    }

    private long quarantine(long agencyId, ReviewBombDetector.Suspicion suspicion, LocalDateTime now) {
        em.createNativeQuery("""
                INSERT INTO quarantine (agency_id, window_start, window_end, appraisals, window_mean, baseline_mean,
                  rate_ratio, status, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .setParameter(1, agencyId).setParameter(2, suspicion.start()).setParameter(3, suspicion.end())
                .setParameter(4, suspicion.count()).setParameter(5, decimal(suspicion.windowMean()))
                .setParameter(6, suspicion.baselineMean() == null ? null : decimal(suspicion.baselineMean()))
                .setParameter(7, decimal(Math.min(suspicion.rateRatio(), 999_999_999))).setParameter(8, now)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        int held = em.createNativeQuery("""
                UPDATE appraisal SET quarantine_id = ?, status = CASE WHEN status = 'PUBLISHED' THEN 'HELD' ELSE status END,
                  hold_reasons = CASE WHEN hold_reasons IS NULL THEN 'coordinated' ELSE CONCAT(hold_reasons, ',coordinated') END
                WHERE agency_id = ? AND submitted_at >= ? AND submitted_at <= ? AND quarantine_id IS NULL
                  AND status IN ('PUBLISHED', 'HELD')""")
                .setParameter(1, id).setParameter(2, agencyId).setParameter(3, suspicion.start())
                .setParameter(4, suspicion.end()).executeUpdate();
        String agencyCode = (String) em.createNativeQuery("SELECT code FROM agency WHERE id = ?").setParameter(1, agencyId)
                .getSingleResult();
        audit.append(SYSTEM, "moderation.quarantine", "agency:" + agencyCode + "/quarantine:" + id, Map.of(
                "appraisals", Integer.toString(held), "windowStart", suspicion.start().toString(),
                "windowEnd", suspicion.end().toString(), "windowMean", Double.toString(suspicion.windowMean()),
                "rateRatio", Double.toString(suspicion.rateRatio())));
        return id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Quarantine> open() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT q.id, a.code, q.window_start, q.window_end, q.appraisals, q.window_mean, q.baseline_mean, q.rate_ratio,
                       q.status
                FROM quarantine q JOIN agency a ON a.id = q.agency_id WHERE q.status = 'OPEN' ORDER BY q.id""").getResultList();
        List<Quarantine> list = new ArrayList<>();
        for (Object[] row : rows) {
            list.add(new Quarantine(((Number) row[0]).longValue(), (String) row[1], NativeSql.dateTime(row[2]),
                    NativeSql.dateTime(row[3]),
                    ((Number) row[4]).intValue(), ((Number) row[5]).doubleValue(),
                    row[6] == null ? null : ((Number) row[6]).doubleValue(), ((Number) row[7]).doubleValue(), (String) row[8]));
        }
        return list;
    }

    /**
     * The window was a brigade: its held appraisals are rejected as coordinated (the core closes
     * their follow-ups).
     */
    @Transactional
    public void confirm(long quarantineId, String moderator) {
        List<Long> rejected = held(quarantineId, "");
        decide(quarantineId, moderator, "CONFIRMED", """
                UPDATE appraisal SET status = 'REJECTED', decision_reason = 'coordinated', decided_by = ?, decided_at = ?
                WHERE quarantine_id = ? AND status = 'HELD'""");
        rejected.forEach(id -> statusChanged.fire(new AppraisalStatusChanged(id, AppraisalStatus.REJECTED, "coordinated", moderator)));
    }

    /** The window was genuine: appraisals held only for it are published again. */
    @Transactional
    public void release(long quarantineId, String moderator) {
        List<Long> published = held(quarantineId, "AND hold_reasons = 'coordinated'");
        decide(quarantineId, moderator, "RELEASED", """
                UPDATE appraisal SET status = CASE WHEN hold_reasons = 'coordinated' THEN 'PUBLISHED' ELSE status END,
                  hold_reasons = CASE WHEN hold_reasons = 'coordinated' THEN NULL
                                      ELSE REPLACE(hold_reasons, ',coordinated', '') END,
                  decided_by = ?, decided_at = ?
                WHERE quarantine_id = ? AND status = 'HELD'""");
        published.forEach(id -> statusChanged.fire(new AppraisalStatusChanged(id, AppraisalStatus.PUBLISHED, null, moderator)));
    }

    private void decide(long quarantineId, String moderator, String status, String update) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        int changed = em.createNativeQuery("""
                UPDATE quarantine SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'OPEN'""")
                .setParameter(1, status).setParameter(2, moderator).setParameter(3, now).setParameter(4, quarantineId)
                .executeUpdate();
        if (changed == 0) {
            throw new IllegalStateException("quarantine " + quarantineId + " is not open");
        }
        int appraisals = em.createNativeQuery(update).setParameter(1, moderator).setParameter(2, now)
                .setParameter(3, quarantineId).executeUpdate();
        audit.append(moderator, status.equals("CONFIRMED") ? "moderation.quarantine.confirm" : "moderation.quarantine.release",
                "quarantine:" + quarantineId, Map.of("appraisals", Integer.toString(appraisals)));
    }

    /**
     * The ids of the quarantine's held appraisals that the decision will move. The quarantine is
     * locked first, as detection locks it before it adds late arrivals, so none joins unseen.
     */
    private List<Long> held(long quarantineId, String andCondition) {
        NativeSql.rows(em, "SELECT id, status FROM quarantine WHERE id = ? FOR UPDATE", quarantineId);
        return NativeSql.rows(em, "SELECT id, status FROM appraisal WHERE quarantine_id = ? AND status = 'HELD' "
                + andCondition + " ORDER BY id FOR UPDATE", quarantineId).stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP);
    }

}
