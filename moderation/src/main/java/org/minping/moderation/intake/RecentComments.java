package org.minping.moderation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The comments of an agency's appraisals of the last day, newest first, for the near-duplicate rule. */
@ApplicationScoped
public class RecentComments {

    /**
     * How many of the newest comments a submission is compared with: a campaign pastes its text
     * many times in a short while, so the newest few hundred find it, and intake stays cheap for
     * the busiest agencies.
     */
    static final int MOST = 500;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    Clock clock;

    public List<String> comments(String agencyCode) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                SELECT a.comment_text FROM appraisal a JOIN agency g ON g.id = a.agency_id
                WHERE g.code = ? AND a.submitted_at >= ? AND CHAR_LENGTH(a.comment_text) >= 20
                ORDER BY a.submitted_at DESC""")
                .setParameter(1, agencyCode).setParameter(2, LocalDateTime.now(clock).minusDays(1))
                .setMaxResults(MOST).getResultList();
        return rows;
    }
}
