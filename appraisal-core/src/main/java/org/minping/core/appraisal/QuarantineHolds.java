package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.minping.core.shared.NativeSql;

/**
 * What a review-bomb quarantine does to appraisals: holding the members of a group, and rejecting
 * or publishing them again when a moderator decides the group. The moderation module finds and
 * records the groups; the appraisals' state is the core's, changed only here, and every change of
 * status is announced ({@link AppraisalStatusChanged}) so follow-ups move with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class QuarantineHolds {

    /** The hold reason of a quarantined appraisal. */
    public static final String COORDINATED = "coordinated";
    /** Appraisal ids per UPDATE: a slow cohort can hold thousands. */
    private static final int IDS_PER_STATEMENT = 500;

    @PersistenceContext(unitName = "minping")
    EntityManager em;

    @Inject
    Event<AppraisalStatusChanged> statusChanged;

    /**
     * Holds the given appraisals of the agency in the group: those still published or held, and in
     * no group yet.
     *
     * @return how many were held
     */
    public int hold(long quarantineId, long agencyId, List<Long> appraisalIds) {
        int held = 0;
        for (int from = 0; from < appraisalIds.size(); from += IDS_PER_STATEMENT) {
            List<Long> chunk = appraisalIds.subList(from, Math.min(appraisalIds.size(), from + IDS_PER_STATEMENT));
            Query hold = em.createNativeQuery("""
                    UPDATE appraisal SET quarantine_id = ?, status = CASE WHEN status = 'PUBLISHED' THEN 'HELD' ELSE status END,
                      hold_reasons = CASE WHEN hold_reasons IS NULL THEN 'coordinated' ELSE CONCAT(hold_reasons, ',coordinated') END
                    WHERE quarantine_id IS NULL AND status IN ('PUBLISHED', 'HELD') AND agency_id = ? AND id IN ("""
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")");
            hold.setParameter(1, quarantineId).setParameter(2, agencyId);
            for (int i = 0; i < chunk.size(); i++) {
                hold.setParameter(i + 3, chunk.get(i));
            }
            held += hold.executeUpdate();
        }
        return held;
    }

    /**
     * Holds in an open group what reached the agency after {@code after} and up to {@code until}
     * and carries the group's signature: one of its levels and rater levels, and its network or
     * rater where the group is one network's or one rater's.
     *
     * @return how many joined
     */
    public int join(long quarantineId, long agencyId, LocalDateTime after, LocalDateTime until, String levels,
                    String raterLevels, String pattern, String patternKey) {
        return em.createNativeQuery("""
                UPDATE appraisal SET quarantine_id = ?, status = CASE WHEN status = 'PUBLISHED' THEN 'HELD' ELSE status END,
                  hold_reasons = CASE WHEN hold_reasons IS NULL THEN 'coordinated' ELSE CONCAT(hold_reasons, ',coordinated') END
                WHERE agency_id = ? AND submitted_at > ? AND submitted_at <= ? AND quarantine_id IS NULL
                  AND status IN ('PUBLISHED', 'HELD')
                  AND FIND_IN_SET(overall_level, ?) > 0 AND FIND_IN_SET(rater_level, ?) > 0
                  AND (? <> 'NETWORK' OR network_key = ?) AND (? <> 'RATER' OR rater_key = ?)""")
                .setParameter(1, quarantineId).setParameter(2, agencyId).setParameter(3, after)
                .setParameter(4, until).setParameter(5, levels).setParameter(6, raterLevels)
                .setParameter(7, pattern).setParameter(8, patternKey).setParameter(9, pattern).setParameter(10, patternKey)
                .executeUpdate();
    }

    /** How many appraisals the group holds. */
    public int members(long quarantineId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM appraisal WHERE quarantine_id = ?")
                .setParameter(1, quarantineId).getSingleResult()).intValue();
    }

    /** The group was a brigade: its held appraisals are rejected as coordinated. @return how many */
    public int rejectHeld(long quarantineId, String moderator, LocalDateTime now) {
        List<Long> rejected = held(quarantineId, "");
        int changed = em.createNativeQuery("""
                UPDATE appraisal SET status = 'REJECTED', decision_reason = 'coordinated', decided_by = ?, decided_at = ?
                WHERE quarantine_id = ? AND status = 'HELD'""")
                .setParameter(1, moderator).setParameter(2, now).setParameter(3, quarantineId).executeUpdate();
        rejected.forEach(id -> statusChanged.fire(new AppraisalStatusChanged(id, AppraisalStatus.REJECTED, COORDINATED, moderator)));
        return changed;
    }

    /** The group was genuine: what it alone held is published again; other holds stay. @return how many were decided */
    public int releaseHeld(long quarantineId, String moderator, LocalDateTime now) {
        List<Long> published = held(quarantineId, "AND hold_reasons = 'coordinated'");
        int changed = em.createNativeQuery("""
                UPDATE appraisal SET status = CASE WHEN hold_reasons = 'coordinated' THEN 'PUBLISHED' ELSE status END,
                  hold_reasons = CASE WHEN hold_reasons = 'coordinated' THEN NULL
                                      ELSE REPLACE(hold_reasons, ',coordinated', '') END,
                  decided_by = ?, decided_at = ?
                WHERE quarantine_id = ? AND status = 'HELD'""")
                .setParameter(1, moderator).setParameter(2, now).setParameter(3, quarantineId).executeUpdate();
        published.forEach(id -> statusChanged.fire(new AppraisalStatusChanged(id, AppraisalStatus.PUBLISHED, null, moderator)));
        return changed;
    }

    private List<Long> held(long quarantineId, String andCondition) {
        return NativeSql.query(em, "SELECT id, status FROM appraisal WHERE quarantine_id = ? AND status = 'HELD' "
                + andCondition + " ORDER BY id FOR UPDATE", quarantineId).stream().map(row -> row.longValue(0)).toList();
    }
}
