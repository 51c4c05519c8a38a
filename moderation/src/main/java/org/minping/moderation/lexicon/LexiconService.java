package org.minping.moderation.lexicon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;
import org.minping.moderation.rules.HoldReason;
import org.minping.moderation.rules.Lexicon;

/**
 * The lexicon's terms in the database and the matcher built from them. The matcher is rebuilt
 * when the stored version changes, checked at most every few seconds, so an edit on any portal
 * instance reaches every instance without a restart.
 */
@ApplicationScoped
public class LexiconService {

    static final long CHECK_EVERY_SECONDS = 5;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StoredTime time;

    @Inject
    AuditLog audit;

    private volatile Cached cached;

    private record Cached(long version, Lexicon lexicon, Instant checkedAt) {
    }

    /** A stored term. */
    public record StoredTerm(long id, String term, HoldReason reason, String createdBy) {
    }

    /** The current matcher; rebuilt if the lexicon changed since the last check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Lexicon current() {
        Cached now = cached;
        Instant instant = clock.instant();
        if (now != null && now.checkedAt().plusSeconds(CHECK_EVERY_SECONDS).isAfter(instant)) {
            return now.lexicon();
        }
        long version = version();
        if (now != null && now.version() == version) {
            cached = new Cached(version, now.lexicon(), instant);
            return now.lexicon();
        }
        Lexicon lexicon = new Lexicon(terms().stream().map(t -> new Lexicon.Term(t.term(), t.reason())).toList());
        cached = new Cached(version, lexicon, instant);
        return lexicon;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredTerm> terms() {
        List<StoredTerm> terms = new ArrayList<>();
        for (Row row : NativeSql.query(em, "SELECT id, term, reason, created_by FROM moderation_term ORDER BY id")) {
            terms.add(new StoredTerm(row.longValue(0), row.string(1), HoldReason.ofCode(row.string(2)),
                    row.string(3)));
        }
        return terms;
    }

    @Transactional
    public void add(String term, HoldReason reason, String actor) {
        String text = term == null ? "" : term.strip();
        List<FieldError> errors = new ArrayList<>();
        if (text.isEmpty() || text.length() > 100) {
            errors.add(new FieldError("term", "term.length", "a term has 1 to 100 characters"));
        }
        if (reason != HoldReason.OFFENSIVE && reason != HoldReason.SPAM) {
            errors.add(new FieldError("reason", "term.reason", "a term holds comments as offensive or spam"));
        }
        if (errors.isEmpty() && !em.createNativeQuery("SELECT id FROM moderation_term WHERE term = ?")
                .setParameter(1, text).getResultList().isEmpty()) {
            errors.add(new FieldError("term", "term.duplicate", "the lexicon already has this term"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("INSERT INTO moderation_term (term, reason, created_by, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, text).setParameter(2, reason.code()).setParameter(3, actor)
                .setParameter(4, time.now()).executeUpdate();
        changed(actor, "moderation.lexicon.add", Map.of("term", text, "reason", reason.code()));
    }

    @Transactional
    public void remove(long id, String actor) {
        List<?> term = em.createNativeQuery("SELECT term FROM moderation_term WHERE id = ?").setParameter(1, id).getResultList();
        if (term.isEmpty()) {
            return;
        }
        em.createNativeQuery("DELETE FROM moderation_term WHERE id = ?").setParameter(1, id).executeUpdate();
        changed(actor, "moderation.lexicon.remove", Map.of("term", (String) term.get(0)));
    }

    private void changed(String actor, String action, Map<String, String> data) {
        em.createNativeQuery("UPDATE moderation_lexicon_version SET version = version + 1 WHERE id = 1").executeUpdate();
        audit.append(actor, action, "lexicon", data);
        cached = null;
    }

    private long version() {
        return ((Number) em.createNativeQuery("SELECT version FROM moderation_lexicon_version WHERE id = 1")
                .getSingleResult()).longValue();
    }
}
