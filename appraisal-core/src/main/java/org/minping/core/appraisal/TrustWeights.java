package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/** The trust weight of each rater level, from table rater_level_weight (administrators' data). */
@ApplicationScoped
public class TrustWeights {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    public BigDecimal of(RaterLevel level) {
        List<?> rows = em.createNativeQuery("SELECT weight FROM rater_level_weight WHERE level = ?")
                .setParameter(1, level.name()).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("rater_level_weight has no weight for " + level);
        }
        return (BigDecimal) rows.get(0);
    }
}
