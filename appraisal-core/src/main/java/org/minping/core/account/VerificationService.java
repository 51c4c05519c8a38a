package org.minping.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * Verifies that a citizen holds the contact they registered with: a six-digit code, delivered by
 * the {@link IdentityVerifier}, valid for ten minutes and five tries. Only the code's hash is stored.
 */
@ApplicationScoped
public class VerificationService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    IdentityVerifier verifier;

    @Inject
    StoredTime time;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isVerified(String username) {
        return !NativeSql.query(em, "SELECT id, verified_at FROM user_account WHERE username = ? AND verified_at IS NOT NULL",
                username).isEmpty();
    }

    /** Sends a new code, replacing any earlier one. */
    @Transactional
    public void start(String username) {
        long userId = userId(username);
        String code = OneTimeCodes.newCode();
        em.createNativeQuery("""
                INSERT INTO verification_code (user_id, code_hash, expires_at, attempts) VALUES (?, ?, ?, 0)
                ON DUPLICATE KEY UPDATE code_hash = VALUES(code_hash), expires_at = VALUES(expires_at), attempts = 0""")
                .setParameter(1, userId).setParameter(2, OneTimeCodes.hash(userId, code))
                .setParameter(3, time.now().plus(OneTimeCodes.VALIDITY)).executeUpdate();
        verifier.deliver(username, code);
    }

    /**
     * Marks the account verified when the code is right, in time and within the tries.
     *
     * @throws InvalidInputException naming the code field otherwise; a wrong try counts
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public void confirm(String username, String code) {
        long userId = userId(username);
        List<Row> open = NativeSql.query(em,
                "SELECT code_hash, expires_at, attempts FROM verification_code WHERE user_id = ? FOR UPDATE", userId);
        if (open.isEmpty() || open.get(0).dateTime(1).isBefore(time.now())
                || open.get(0).intValue(2) >= OneTimeCodes.MAX_ATTEMPTS) {
            throw invalid("verification.expired", "the code has expired or was tried too often; send a new one");
        }
        if (!OneTimeCodes.matches(open.get(0).string(0), userId, code)) {
            em.createNativeQuery("UPDATE verification_code SET attempts = attempts + 1 WHERE user_id = ?")
                    .setParameter(1, userId).executeUpdate();
            throw invalid("verification.wrong", "the code is not right");
        }
        em.createNativeQuery("UPDATE user_account SET verified_at = ? WHERE id = ?").setParameter(1, time.now())
                .setParameter(2, userId).executeUpdate();
        em.createNativeQuery("DELETE FROM verification_code WHERE user_id = ?").setParameter(1, userId).executeUpdate();
    }

    private long userId(String username) {
        List<?> ids = em.createNativeQuery("SELECT id FROM user_account WHERE username = ?").setParameter(1, username)
                .getResultList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no account " + username);
        }
        return ((Number) ids.get(0)).longValue();
    }


    private static InvalidInputException invalid(String code, String message) {
        return new InvalidInputException(List.of(new FieldError("code", code, message)));
    }
}
