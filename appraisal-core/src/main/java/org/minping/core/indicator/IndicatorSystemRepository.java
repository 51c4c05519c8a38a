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
    /** @throws org.minping.core.shared.IncompleteReadException for no track: its agency was read during a database failure */
    public IndicatorSystem getCurrentForTrack(PilotTrack track) {
        if (track == null) {
            // An agency always has a track (NOT NULL); seen without one when the database stopped mid-read.
            throw new org.minping.core.shared.IncompleteReadException("an agency's pilot track");
        }
        return em.createQuery("SELECT s FROM IndicatorSystem s WHERE s.track = :track AND s.template = TRUE",
                        IndicatorSystem.class)
                .setParameter("track", track)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("track " + track.code() + " has no indicator system"));
    }
}
