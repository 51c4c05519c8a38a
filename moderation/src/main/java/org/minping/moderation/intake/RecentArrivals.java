package org.minping.moderation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import org.minping.moderation.rules.VelocityRule;

/** How many appraisals of an agency came from one rater or one network in the velocity window. */
@ApplicationScoped
public class RecentArrivals {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    Clock clock;

    public long fromRater(String agencyCode, String raterKey) {
        return count("rater_key", agencyCode, raterKey);
    }

    public long fromNetwork(String agencyCode, String networkKey) {
        return count("network_key", agencyCode, networkKey);
    }

    private long count(String column, String agencyCode, String key) {
        if (key == null) {
            return 0;
        }
        // column is one of two constants above, never input.
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM appraisal a JOIN agency g ON g.id = a.agency_id"
                        + " WHERE g.code = ? AND a." + column + " = ? AND a.submitted_at >= ?")
                .setParameter(1, agencyCode).setParameter(2, key)
                .setParameter(3, LocalDateTime.now(clock).minus(VelocityRule.WINDOW)).getSingleResult()).longValue();
    }
}
