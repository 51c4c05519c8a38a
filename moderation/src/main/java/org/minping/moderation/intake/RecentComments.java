package org.minping.moderation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The comment fingerprints of an agency's appraisals of the last day, for the near-duplicate rule. */
@ApplicationScoped
public class RecentComments {

    static final int MOST = 2_000;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    Clock clock;

    public List<Long> fingerprints(String agencyCode) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                SELECT a.comment_simhash FROM appraisal a JOIN agency g ON g.id = a.agency_id
                WHERE g.code = ? AND a.submitted_at >= ? AND a.comment_simhash IS NOT NULL
                ORDER BY a.submitted_at DESC""")
                .setParameter(1, agencyCode).setParameter(2, LocalDateTime.now(clock).minusDays(1))
                .setMaxResults(MOST).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }
}
