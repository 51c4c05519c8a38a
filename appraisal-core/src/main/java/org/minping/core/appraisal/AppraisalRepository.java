package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores and reads appraisals and their idempotency records. */
@ApplicationScoped
public class AppraisalRepository {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    void add(Appraisal appraisal) {
        em.persist(appraisal);
    }

    void add(IdempotencyRecord record) {
        em.persist(record);
    }

    /** Sends pending inserts now, so that a duplicate key fails here rather than at commit. */
    void flush() {
        em.flush();
    }

    Optional<IdempotencyRecord> findIdempotencyRecord(String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, key));
    }

    public Optional<Appraisal> findByReceipt(String receipt) {
        return em.createQuery("SELECT a FROM Appraisal a WHERE a.receipt = :receipt", Appraisal.class)
                .setParameter("receipt", receipt)
                .getResultStream()
                .findFirst();
    }

    /** Newest first; the index on (submitted_at, id) serves this without sorting the table. */
    public List<Appraisal> newest(int first, int pageSize) {
        return em.createQuery("SELECT a FROM Appraisal a JOIN FETCH a.agency ORDER BY a.submittedAt DESC, a.id DESC",
                        Appraisal.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Appraisal a", Long.class).getSingleResult();
    }
}
