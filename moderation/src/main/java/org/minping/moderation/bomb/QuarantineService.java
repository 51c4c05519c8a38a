package org.minping.moderation.bomb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.appraisal.QuarantineHolds;
import org.minping.core.appraisal.RaterLevel;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * Runs review-bomb detection over every agency with recent arrivals — bursts every minute, slow
 * brigades over days — and quarantines what matches a detected signature, one group per pattern:
 * the group's published appraisals become held (reason "coordinated") and leave every score, while
 * the rest of the window stays where it was. Carries out moderators' decisions on each group. Every
 * step is an audit event.
 */
@ApplicationScoped
public class QuarantineService {

    private static final String SYSTEM = "system";

    /** Longer than any intake transaction lasts: how late an appraisal may become visible after its time. */
    static final Duration LATE_COMMIT = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    QuarantineHolds holds;

    @Inject
    StoredTime time;

    private final ReviewBombDetector detector = ReviewBombDetector.standard();
    private final SlowBrigadeDetector slowDetector = SlowBrigadeDetector.standard();

    /**
     * An open or decided quarantine group as moderators see it.
     *
     * @param patternTag the first characters of the shared network or rater key, to tell groups apart; null for none
     */
    public record Quarantine(long id, String agencyCode, LocalDateTime windowStart, LocalDateTime windowEnd, int appraisals,
                             double windowMean, Double baselineMean, double rateRatio, String status, String detection,
                             String pattern, String patternTag, List<Integer> levels, List<String> raterLevels,
                             Double pValue) {
    }

    /** Examines every agency that had arrivals in the last window for a burst; returns the ids of new quarantine groups. */
    @Transactional
    public List<Long> detect() {
        LocalDateTime now = time.now();
        LocalDateTime windowStart = now.minus(detector.window());
        extendOpenGroups(now, windowStart, now.minus(slowDetector.period()));
        List<Long> created = new ArrayList<>();
        for (long agencyId : agenciesWithArrivalsSince(windowStart)) {
            List<Arrival> arrivals = arrivals(agencyId, windowStart.minus(detector.baseline()), now);
            Optional<ReviewBombDetector.Suspicion> suspicion = detector.examine(arrivals, now);
            if (suspicion.isPresent()) {
                for (QuarantineGroup group : BurstSignature.groups(detector, suspicion.get(), arrivals)) {
                    quarantine(agencyId, group, now).ifPresent(created::add);
                }
            }
        }
        return created;
    }

    /** Tests every agency's ratings of the slow detector's period for brigades; returns the ids of new quarantine groups. */
    @Transactional
    public List<Long> detectSlowBrigades() {
        LocalDateTime now = time.now();
        LocalDateTime from = now.minus(slowDetector.period());
        List<Long> created = new ArrayList<>();
        for (long agencyId : agenciesWithArrivalsSince(from)) {
            for (QuarantineGroup group : slowDetector.examine(arrivals(agencyId, from, now), now)) {
                quarantine(agencyId, group, now).ifPresent(created::add);
            }
        }
        return created;
    }

    private List<Long> agenciesWithArrivalsSince(LocalDateTime since) {
        @SuppressWarnings("unchecked")
        List<Number> agencies = em.createNativeQuery("""
                SELECT DISTINCT agency_id FROM appraisal WHERE submitted_at >= ? AND status = 'PUBLISHED'
                  AND quarantine_id IS NULL""").setParameter(1, since).getResultList();
        return agencies.stream().map(Number::longValue).toList();
    }

    /**
     * A brigade caught mid-way keeps arriving: what reaches an agency while one of its groups is open,
     * and carries the group's signature, joins that group, held like the rest — for a burst group
     * until one burst window after its last member, for a slow one until one slow period after.
     * Without this, the tail of a burst would count, being too short to look suspicious on its own,
     * and a slow brigade would count again until it had sent enough to be tested afresh. Groups of
     * one network or rater take their tail first.
     *
     * <p>An appraisal's time is taken when its request starts and it becomes visible when its
     * transaction commits, so one that started before the group's last member may become visible
     * only after the group was formed: the tail is looked for from {@link #LATE_COMMIT} before the
     * group's end (never before its start), or such a member would stay published for good.
     */
    private void extendOpenGroups(LocalDateTime now, LocalDateTime recentBurst, LocalDateTime recentSlow) {
        List<Row> open = NativeSql.query(em, """
                SELECT q.id, q.agency_id, GREATEST(q.window_start, q.window_end - INTERVAL ? SECOND), a.code, q.pattern,
                       q.pattern_key, q.levels, q.rater_levels
                FROM quarantine q JOIN agency a ON a.id = q.agency_id
                WHERE q.status = 'OPEN' AND q.window_end >= CASE WHEN q.detection = 'BURST' THEN ? ELSE ? END
                ORDER BY CASE WHEN q.pattern IN ('NETWORK', 'RATER') THEN 0 ELSE 1 END, q.id FOR UPDATE""",
                LATE_COMMIT.toSeconds(), recentBurst, recentSlow);
        for (Row row : open) {
            long id = row.longValue(0);
            int joined = holds.join(id, row.longValue(1), row.dateTime(2), now, row.string(6),
                    row.string(7), row.string(4), row.string(5));
            if (joined > 0) {
                em.createNativeQuery("UPDATE quarantine SET window_end = ?, appraisals = ? WHERE id = ?")
                        .setParameter(1, now).setParameter(2, holds.members(id)).setParameter(3, id).executeUpdate();
                audit.append(SYSTEM, "moderation.quarantine-extended", "agency:" + row.string(3) + "/quarantine:" + id,
                        Map.of("joined", Integer.toString(joined), "windowEnd", now.toString()));
            }
        }
    }

    /** The agency's appraisals that arrived in the period, are not in a quarantine group yet, and count or may count. */
    private List<Arrival> arrivals(long agencyId, LocalDateTime from, LocalDateTime to) {
        List<Arrival> arrivals = new ArrayList<>();
        for (Row row : NativeSql.query(em, """
                SELECT id, submitted_at, overall_level, rater_level, network_key, rater_key FROM appraisal
                WHERE agency_id = ? AND submitted_at >= ? AND submitted_at <= ? AND quarantine_id IS NULL
                  AND status IN ('PUBLISHED', 'HELD', 'APPROVED')""", agencyId, from, to)) {
            arrivals.add(new Arrival(row.longValue(0), row.dateTime(1), row.intValue(2),
                    RaterLevel.valueOf(row.string(3)), row.string(4), row.string(5)));
        }
        return arrivals;
    }

    /** Records the group and holds its members that are still published or held; empty when none is (all approved). */
    private Optional<Long> quarantine(long agencyId, QuarantineGroup group, LocalDateTime now) {
        em.createNativeQuery("""
                INSERT INTO quarantine (agency_id, window_start, window_end, appraisals, window_mean, baseline_mean,
                  rate_ratio, status, detected_at, detection, pattern, pattern_key, levels, rater_levels, p_value)
                VALUES (?, ?, ?, 0, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, agencyId).setParameter(2, group.start()).setParameter(3, group.end())
                .setParameter(4, decimal(group.meanLevel()))
                .setParameter(5, group.referenceMean() == null ? null : decimal(group.referenceMean()))
                .setParameter(6, decimal(Math.min(group.ratio(), 999_999_999))).setParameter(7, now)
                .setParameter(8, group.detection().name()).setParameter(9, group.pattern().name())
                .setParameter(10, group.patternKey()).setParameter(11, group.levelList())
                .setParameter(12, group.raterLevelList()).setParameter(13, group.pValue()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        int held = holds.hold(id, agencyId, group.members().stream().map(Arrival::id).toList());
        if (held == 0) {
            em.createNativeQuery("DELETE FROM quarantine WHERE id = ?").setParameter(1, id).executeUpdate();
            return Optional.empty();
        }
        em.createNativeQuery("UPDATE quarantine SET appraisals = ? WHERE id = ?").setParameter(1, held).setParameter(2, id)
                .executeUpdate();
        String agencyCode = (String) em.createNativeQuery("SELECT code FROM agency WHERE id = ?").setParameter(1, agencyId)
                .getSingleResult();
        audit.append(SYSTEM, "moderation.quarantine", "agency:" + agencyCode + "/quarantine:" + id, Map.of(
                "appraisals", Integer.toString(held), "detection", group.detection().name(),
                "pattern", group.pattern().name(), "levels", group.levelList(), "raterLevels", group.raterLevelList(),
                "windowStart", group.start().toString(), "windowEnd", group.end().toString(),
                "windowMean", Double.toString(group.meanLevel()), "rateRatio", Double.toString(group.ratio())));
        return Optional.of(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Quarantine> open() {
        List<Quarantine> list = new ArrayList<>();
        for (Row row : NativeSql.query(em, """
                SELECT q.id, a.code, q.window_start, q.window_end, q.appraisals, q.window_mean, q.baseline_mean, q.rate_ratio,
                       q.status, q.detection, q.pattern, q.pattern_key, q.levels, q.rater_levels, q.p_value
                FROM quarantine q JOIN agency a ON a.id = q.agency_id WHERE q.status = 'OPEN'
                ORDER BY a.code, q.detected_at, q.id""")) {
            String key = row.string(11);
            list.add(new Quarantine(row.longValue(0), row.string(1), row.dateTime(2),
                    row.dateTime(3), row.intValue(4), row.doubleValue(5),
                    row.nullableDouble(6), row.doubleValue(7),
                    row.string(8), row.string(9), row.string(10), key == null ? null : key.substring(0, 6),
                    Arrays.stream(row.string(12).split(",")).map(Integer::valueOf).toList(),
                    List.of(row.string(13).split(",")), row.nullableDouble(14)));
        }
        return list;
    }

    /**
     * The group was a brigade: its held appraisals, and no others, are rejected as coordinated (the
     * core closes their follow-ups).
     */
    @Transactional
    public void confirm(long quarantineId, String moderator) {
        decide(quarantineId, moderator, "CONFIRMED");
    }

    /** The group was genuine: appraisals held only for it are published again. */
    @Transactional
    public void release(long quarantineId, String moderator) {
        decide(quarantineId, moderator, "RELEASED");
    }

    private void decide(long quarantineId, String moderator, String status) {
        LocalDateTime now = time.now();
        int changed = em.createNativeQuery("""
                UPDATE quarantine SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'OPEN'""")
                .setParameter(1, status).setParameter(2, moderator).setParameter(3, now).setParameter(4, quarantineId)
                .executeUpdate();
        if (changed == 0) {
            throw new IllegalStateException("quarantine " + quarantineId + " is not open");
        }
        int appraisals = status.equals("CONFIRMED") ? holds.rejectHeld(quarantineId, moderator, now)
                : holds.releaseHeld(quarantineId, moderator, now);
        audit.append(moderator, status.equals("CONFIRMED") ? "moderation.quarantine.confirm" : "moderation.quarantine.release",
                "quarantine:" + quarantineId, Map.of("appraisals", Integer.toString(appraisals)));
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP);
    }

}
