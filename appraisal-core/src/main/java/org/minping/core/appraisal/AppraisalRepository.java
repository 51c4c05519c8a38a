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

    Optional<IdempotencyRecord> findIdempotencyRecord(IdempotencyRecord.Key key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, key));
    }

    public Optional<Appraisal> findByReceipt(String receipt) {
        return em.createQuery("SELECT a FROM Appraisal a WHERE a.receipt = :receipt", Appraisal.class)
                .setParameter("receipt", receipt)
                .getResultStream()
                .findFirst();
    }

    /** Newest first, filtered; hold reasons are matched as whole codes in the stored list. */
    public List<Appraisal> newest(QueueFilter filter, int first, int pageSize) {
        return filtered("SELECT a FROM Appraisal a JOIN FETCH a.agency", filter, " ORDER BY a.submittedAt DESC, a.id DESC",
                Appraisal.class).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(QueueFilter filter) {
        return filtered("SELECT COUNT(a) FROM Appraisal a", filter, "", Long.class).getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> filtered(String select, QueueFilter filter, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (filter.status() != null) {
            jpql.append(" AND a.status = :status");
        }
        if (filter.agencyCode() != null && !filter.agencyCode().isBlank()) {
            jpql.append(" AND a.agency.code = :agency");
        }
        if (filter.channel() != null) {
            jpql.append(" AND a.channel = :channel");
        }
        if (filter.holdReason() != null && !filter.holdReason().isBlank()) {
            jpql.append(" AND CONCAT(',', a.holdReasons, ',') LIKE :reason");
        }
        if (filter.submittedBefore() != null) {
            jpql.append(" AND a.submittedAt < :before");
        }
        jakarta.persistence.TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.agencyCode() != null && !filter.agencyCode().isBlank()) {
            query.setParameter("agency", filter.agencyCode().strip());
        }
        if (filter.channel() != null) {
            query.setParameter("channel", filter.channel());
        }
        if (filter.holdReason() != null && !filter.holdReason().isBlank()) {
            query.setParameter("reason", "%," + filter.holdReason().strip() + ",%");
        }
        if (filter.submittedBefore() != null) {
            query.setParameter("before", filter.submittedBefore());
        }
        return query;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Appraisal a", Long.class).getSingleResult();
    }
}
