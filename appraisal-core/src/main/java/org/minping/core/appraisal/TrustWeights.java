package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The trust weight of a new appraisal: the weight of the rater's level (table rater_level_weight)
 * times the factor their moderation history earns (table trust_history_factor: the more of their
 * appraisals moderators rejected, the less their next ones weigh). A rater the portal cannot
 * recognise has no history.
 */
@ApplicationScoped
public class TrustWeights {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    public BigDecimal of(RaterLevel level, String raterKey) {
        List<?> rows = em.createNativeQuery("SELECT weight FROM rater_level_weight WHERE level = ?")
                .setParameter(1, level.name()).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("rater_level_weight has no weight for " + level);
        }
        BigDecimal weight = (BigDecimal) rows.get(0);
        if (raterKey == null) {
            return weight;
        }
        long rejected = ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM appraisal WHERE rater_key = ? AND status = 'REJECTED'")
                .setParameter(1, raterKey).getSingleResult()).longValue();
        List<?> factor = em.createNativeQuery("""
                SELECT factor FROM trust_history_factor WHERE rejected_at_least <= ? ORDER BY rejected_at_least DESC LIMIT 1""")
                .setParameter(1, rejected).getResultList();
        return factor.isEmpty() ? weight
                : weight.multiply((BigDecimal) factor.get(0)).setScale(6, RoundingMode.HALF_EVEN);
    }
}
