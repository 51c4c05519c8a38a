package org.minping.core.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.minping.core.agency.PilotTrack;

/** Reads indicator systems. */
@ApplicationScoped
public class IndicatorSystemRepository {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    /**
     * The system citizens rate an agency of this track against. Until evaluation cycles carry
     * their own systems, that is the track's template.
     */
    public IndicatorSystem getCurrentForTrack(PilotTrack track) {
        return em.createQuery("SELECT s FROM IndicatorSystem s WHERE s.track = :track AND s.template = TRUE",
                        IndicatorSystem.class)
                .setParameter("track", track)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("track " + track.code() + " has no indicator system"));
    }
}
