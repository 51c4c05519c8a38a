package org.minping.core.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.minping.core.shared.AdminInput;

/** Reads agencies, tracks and regions. */
@ApplicationScoped
public class AgencyRepository {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    public Optional<Agency> findByCode(String code) {
        // Its track and region in the same statement: each was a query of its own on every appraisal.
        return em.createQuery("SELECT a FROM Agency a JOIN FETCH a.track JOIN FETCH a.region WHERE a.code = :code", Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<Agency> search(AgencyQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM Agency a WHERE 1 = 1");
        query.textCriterion().ifPresent(t -> jpql.append(
                // The columns' collation (utf8mb4_unicode_ci) already matches without regard to case.
                " AND (a.nameZh LIKE :text ESCAPE '!' OR a.shortNameZh LIKE :text ESCAPE '!'"
                        + " OR a.nameEn LIKE :text ESCAPE '!' OR a.code LIKE :text ESCAPE '!')"));
        query.trackCriterion().ifPresent(t -> jpql.append(" AND a.track.code = :track"));
        query.regionCriterion().ifPresent(r -> jpql.append(" AND a.region.code = :region"));
        jpql.append(" ORDER BY a.sortOrder");
        TypedQuery<Agency> typed = em.createQuery(jpql.toString(), Agency.class);
        query.textCriterion().ifPresent(t -> typed.setParameter("text", "%" + escapeLike(t) + "%"));
        query.trackCriterion().ifPresent(t -> typed.setParameter("track", t));
        query.regionCriterion().ifPresent(r -> typed.setParameter("region", r));
        return typed.getResultList();
    }

    public Optional<ServiceOffering> findService(Agency agency, String serviceCode) {
        return em.createQuery("SELECT s FROM ServiceOffering s WHERE s.agency = :agency AND s.code = :code",
                        ServiceOffering.class)
                .setParameter("agency", agency)
                .setParameter("code", serviceCode)
                .getResultStream()
                .findFirst();
    }

    /**
     * The agency's hall with the code, as citizens give it (a QR poster's link, the API), read in
     * the one spelling codes are kept in: a text that cannot be a hall's code is none without asking
     * the database; otherwise one look-up by the code's unique index.
     */
    public Optional<ServiceHall> findHall(Agency agency, String hallCode) {
        Optional<String> code = AdminInput.canonicalCode(hallCode, ServiceHallAdminService.CODE_LENGTH);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT h FROM ServiceHall h WHERE h.code = :code AND h.agency = :agency", ServiceHall.class)
                .setParameter("code", code.get())
                .setParameter("agency", agency)
                .getResultStream()
                .findFirst();
    }

    public List<PilotTrack> tracks() {
        return em.createQuery("SELECT t FROM PilotTrack t ORDER BY t.sortOrder", PilotTrack.class).getResultList();
    }

    public List<Region> regions() {
        return em.createQuery("SELECT r FROM Region r ORDER BY r.sortOrder", Region.class).getResultList();
    }

    /** Makes the user's text match literally: % and _ are wildcards in LIKE. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
