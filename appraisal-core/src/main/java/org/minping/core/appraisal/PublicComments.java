package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * The comments the public sees on an agency's page (redacted at intake, counted, not hidden), and
 * visitors' flags on them: one per rater and comment; at the configured number of flags the comment
 * is hidden and waits for a moderator, who restores it or rejects the appraisal.
 */
@ApplicationScoped
public class PublicComments {

    /** Reasons a visitor may give; the moderators' reason codes. */
    public static final Set<String> FLAG_REASONS = Set.of("spam", "offensive", "off-topic", "personal-data");
    static final int SHOWN = 20;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    RaterKeys raterKeys;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** A comment as the public sees it: an opaque id, the level, the text, the day. */
    public record PublicComment(long id, int overallLevel, String text, java.time.LocalDate day) {
    }

    /** A comment hidden by flags, for moderators. */
    public record FlaggedComment(long id, String receipt, String agencyCode, String text, long flags, String reasons) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicComment> recent(String agencyCode) {
        return NativeSql.query(em, """
                SELECT a.id, a.overall_level, a.comment_text, a.submitted_at FROM appraisal a JOIN agency g ON g.id = a.agency_id
                WHERE g.code = ? AND a.status IN ('PUBLISHED', 'APPROVED') AND a.comment_text IS NOT NULL AND NOT a.comment_hidden
                ORDER BY a.submitted_at DESC, a.id DESC LIMIT %d""".formatted(SHOWN), agencyCode).stream()
                .map(row -> new PublicComment(row.longValue(0), row.intValue(1), row.string(2),
                        row.dateTime(3).toLocalDate()))
                .toList();
    }

    /**
     * Records the rater's flag (a second flag by the same rater changes nothing) and hides the
     * comment when it reaches {@code flagsToHide}.
     *
     * @return whether the comment is hidden now
     */
    @Transactional
    public boolean flag(long appraisalId, String reason, Rater rater, int flagsToHide) {
        if (reason == null || !FLAG_REASONS.contains(reason)) {
            throw new InvalidInputException(List.of(new FieldError("reason", "flag.reason",
                    "the reason must be spam, offensive, off-topic or personal-data")));
        }
        if (rater.identityIfKnown().isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("reason", "flag.rater",
                    "flagging needs a signed-in account or the portal's device cookie")));
        }
        List<Row> shown = NativeSql.query(em, """
                SELECT a.id, a.receipt FROM appraisal a WHERE a.id = ? AND a.status IN ('PUBLISHED', 'APPROVED')
                  AND a.comment_text IS NOT NULL AND NOT a.comment_hidden FOR UPDATE""", appraisalId);
        if (shown.isEmpty()) {
            return true;
        }
        LocalDateTime now = time.now();
        em.createNativeQuery("INSERT IGNORE INTO comment_flag (appraisal_id, flagger_key, reason, flagged_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, appraisalId).setParameter(2, raterKeys.keyOf(rater.identity())).setParameter(3, reason)
                .setParameter(4, now).executeUpdate();
        long flags = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM comment_flag WHERE appraisal_id = ?")
                .setParameter(1, appraisalId).getSingleResult()).longValue();
        if (flags < flagsToHide) {
            return false;
        }
        em.createNativeQuery("UPDATE appraisal SET comment_hidden = TRUE WHERE id = ?").setParameter(1, appraisalId).executeUpdate();
        audit.append("system", "moderation.comment-hidden", "appraisal:" + shown.get(0).string(1), Map.of("flags", Long.toString(flags)));
        return true;
    }

    /** Comments hidden by flags and not yet decided, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FlaggedComment> hidden() {
        return NativeSql.query(em, """
                SELECT a.id, a.receipt, g.code, a.comment_text, COUNT(f.flagger_key), GROUP_CONCAT(DISTINCT f.reason ORDER BY f.reason)
                FROM appraisal a JOIN agency g ON g.id = a.agency_id JOIN comment_flag f ON f.appraisal_id = a.id
                WHERE a.comment_hidden AND a.status IN ('PUBLISHED', 'APPROVED')
                GROUP BY a.id, a.receipt, g.code, a.comment_text ORDER BY MIN(f.flagged_at) LIMIT 200""").stream()
                .map(row -> new FlaggedComment(row.longValue(0), row.string(1), row.string(2), row.string(3),
                        row.longValue(4), row.string(5)))
                .toList();
    }

    /** A moderator finds the flags unfounded: the comment is shown again, and its flags are cleared. */
    @Transactional
    public void restore(long appraisalId, String moderator) {
        String receipt = receiptOf(appraisalId);
        em.createNativeQuery("UPDATE appraisal SET comment_hidden = FALSE WHERE id = ?").setParameter(1, appraisalId).executeUpdate();
        em.createNativeQuery("DELETE FROM comment_flag WHERE appraisal_id = ?").setParameter(1, appraisalId).executeUpdate();
        audit.append(moderator, "moderation.comment-restored", "appraisal:" + receipt, Map.of());
    }

    private String receiptOf(long appraisalId) {
        List<Row> rows = NativeSql.query(em, "SELECT receipt, id FROM appraisal WHERE id = ?", appraisalId);
        if (rows.isEmpty()) {
            throw new AppraisalNotFoundException();
        }
        return rows.get(0).string(0);
    }
}
