package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The pre-moderation switch of agencies and cycles: held for a moderator before anything is
 * published. The switches live on the core's agency and cycle; the moderation module decides
 * who may turn them and records it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PreModerationSwitches {

    @PersistenceContext(unitName = "minping")
    EntityManager em;

    /** @return whether an agency has the code (and so the switch was set) */
    public boolean setForAgency(String agencyCode, boolean preModeration) {
        return em.createNativeQuery("UPDATE agency SET pre_moderation = ? WHERE code = ?")
                .setParameter(1, preModeration).setParameter(2, agencyCode).executeUpdate() == 1;
    }

    /** @return whether a cycle has the code (and so the switch was set) */
    public boolean setForCycle(String cycleCode, boolean preModeration) {
        return em.createNativeQuery("UPDATE evaluation_cycle SET pre_moderation = ? WHERE code = ?")
                .setParameter(1, preModeration).setParameter(2, cycleCode).executeUpdate() == 1;
    }
}
