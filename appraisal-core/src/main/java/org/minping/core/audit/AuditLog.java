package org.minping.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * Appends events to the chain inside the caller's transaction, so an event commits with the
 * change it records or not at all; reads and verifies the chain.
 */
@ApplicationScoped
public class AuditLog {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    StoredTime time;

    /**
     * @param actor who did it (a user name, or "system")
     * @param action what, as a dotted name such as "scoring.publish"
     * @param subject what it was done to, such as "cycle:2026/run:7"
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String append(String actor, String action, String subject, Map<String, String> data) {
        // The head row's lock makes appends take turns: no two events chain to the same predecessor.
        String previous = (String) em.createNativeQuery("SELECT hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        LocalDateTime now = time.now();
        String payload = AuditChain.canonicalPayload(TIMESTAMP.format(now), actor, action, subject, data);
        String hash = AuditChain.hash(previous, payload);
        em.createNativeQuery("""
                INSERT INTO audit_event (occurred_at, actor, action, subject, payload, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, now).setParameter(2, actor).setParameter(3, action).setParameter(4, subject)
                .setParameter(5, payload).setParameter(6, previous).setParameter(7, hash).executeUpdate();
        em.createNativeQuery("UPDATE audit_head SET hash = ? WHERE id = 1").setParameter(1, hash).executeUpdate();
        return hash;
    }

    /** Recomputes the whole chain; names the first broken link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify() {
        List<AuditEvent> events = events(0, Integer.MAX_VALUE);
        Optional<AuditChain.BrokenLink> broken = AuditChain.verify(events);
        String head = events.isEmpty() ? AuditChain.GENESIS : events.get(events.size() - 1).hash();
        return new Verification(events.size(), head, broken);
    }

    /** The result of a verification: how many events, the head hash, the first broken link if any. */
    public record Verification(long events, String headHash, Optional<AuditChain.BrokenLink> brokenLink) {
        public boolean isIntact() {
            return brokenLink.isEmpty();
        }
    }

    /** Events in sequence order, from the given sequence number on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> events(long fromSeq, int limit) {
        List<AuditEvent> events = new ArrayList<>();
        for (Row row : NativeSql.query(em.createNativeQuery("""
                SELECT seq, occurred_at, actor, action, subject, payload, previous_hash, hash FROM audit_event
                WHERE seq >= ? ORDER BY seq""").setParameter(1, fromSeq).setMaxResults(limit))) {
            events.add(new AuditEvent(row.longValue(0), row.dateTime(1), row.string(2), row.string(3),
                    row.string(4), row.string(5), row.string(6), row.string(7)));
        }
        return events;
    }

    /** The newest events, newest first, for the auditors' page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> latest(int count) {
        @SuppressWarnings("unchecked")
        List<Number> seqs = em.createNativeQuery("SELECT seq FROM audit_event ORDER BY seq DESC")
                .setMaxResults(count).getResultList();
        if (seqs.isEmpty()) {
            return List.of();
        }
        List<AuditEvent> events = new ArrayList<>(events(seqs.get(seqs.size() - 1).longValue(), count));
        java.util.Collections.reverse(events);
        return events;
    }

    /** The head hash at the end of the given day (UTC): what the public results page shows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String headAt(LocalDateTime endExclusive) {
        List<?> hashes = em.createNativeQuery("SELECT hash FROM audit_event WHERE occurred_at < ? ORDER BY seq DESC")
                .setParameter(1, endExclusive).setMaxResults(1).getResultList();
        return hashes.isEmpty() ? AuditChain.GENESIS : (String) hashes.get(0);
    }
}
