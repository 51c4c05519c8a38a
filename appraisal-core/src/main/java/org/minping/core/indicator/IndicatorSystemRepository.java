package org.minping.core.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.minping.core.agency.Agency;

/** Reads indicator systems. */
@ApplicationScoped
public class IndicatorSystemRepository {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    /**
     * The version citizens rate the agency against: the one bound for it (its kind's, else its
     * track's) by the cycle opened last among those still open, else by the cycle opened last at
     * all (a rating between cycles counts in none, yet is asked the questions of the latest), else
     * its track's template. Only opened cycles count, so a draft version never reaches citizens.
     *
     * @throws org.minping.core.shared.IncompleteReadException for no track: the agency was read during a database failure
     */
    public IndicatorSystem getCurrentFor(Agency agency) {
        org.minping.core.agency.PilotTrack track = agency.track();
        if (track == null) {
            // An agency always has a track (NOT NULL); seen without one when the database stopped mid-read.
            throw new org.minping.core.shared.IncompleteReadException("an agency's pilot track");
        }
        java.util.Optional<Long> bound = org.minping.core.shared.NativeSql.query(em, """
                SELECT b.system_id, c.id FROM cycle_agency_system b JOIN evaluation_cycle c ON c.id = b.cycle_id
                WHERE b.agency_id = ? AND c.state <> 'DRAFT'
                ORDER BY c.state = 'OPEN' DESC, c.opened_at DESC, c.id DESC LIMIT 1""", agency.id()).stream()
                .findFirst().map(row -> row.longValue(0));
        if (bound.isPresent()) {
            return em.find(IndicatorSystem.class, bound.get());
        }
        return em.createQuery("SELECT s FROM IndicatorSystem s WHERE s.track = :track AND s.template = TRUE",
                        IndicatorSystem.class)
                .setParameter("track", track)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("track " + track.code() + " has no indicator system"));
    }
}
