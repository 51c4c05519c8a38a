package org.minping.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * API tokens for other systems: administrators issue one per system and scope, see it once, and
 * revoke it; the portal keeps only its SHA-256. Callers check admin:access for issuing and revoking.
 */
@ApplicationScoped
public class ApiTokens {

    /** The scope of tokens that import internal assessment scores. */
    public static final String INTERNAL_SCORES = "internal-scores";
    /** The scope of tokens with which a statistics department's system imports its figures. */
    public static final String STATISTICS = "statistics";
    /** The scope of tokens with which an evaluator organisation's system uploads score sheets. */
    public static final String ASSESSMENTS = "assessments";
    /**
     * The scope of tokens with which an intake system (a mobile app, a service hall's kiosks, the
     * hotline) submits its users' appraisals, vouching for each user by an identifier of its own.
     */
    public static final String INTAKE = "intake";

    /** Every scope a token can have, in the order the administrators' list offers them. */
    public static final List<String> SCOPES = List.of(INTERNAL_SCORES, STATISTICS, ASSESSMENTS, INTAKE);

    /** Who holds a token: the system's name, and for the assessments scope its organisation. */
    public record Holder(String name, String orgCode) {
    }
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.time.Duration LAST_USE_PRECISION = java.time.Duration.ofMinutes(1);

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** A token as administrators see it: never the token itself. */
    public record TokenView(long id, String name, String scope, LocalDateTime createdAt, LocalDateTime revokedAt,
                            LocalDateTime lastUsedAt) {
    }

    /** Issues a token; the returned value is shown once and never again. */
    @Transactional
    public String issue(String name, String scope, String actor) {
        return issue(name, scope, null, actor);
    }

    /** Issues a token, for the assessments scope on behalf of an evaluator organisation. */
    @Transactional
    public String issue(String name, String scope, String orgCode, String actor) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidInputException(List.of(new FieldError("name", "token.name", "name the system in 1 to 100 characters")));
        }
        if (!SCOPES.contains(scope)) {
            throw new InvalidInputException(List.of(new FieldError("scope", "token.scope",
                    "the scope must be " + INTERNAL_SCORES + ", " + ASSESSMENTS + " or " + INTAKE)));
        }
        Long org = null;
        if (ASSESSMENTS.equals(scope)) {
            org = NativeSql.query(em, "SELECT id, id FROM evaluator_org WHERE code = ?", orgCode == null ? "" : orgCode.strip())
                    .stream().map(row -> row.longValue(0)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(List.of(new FieldError("org", "token.org",
                            "an assessments token belongs to a registered evaluator organisation"))));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "mp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at, org_id) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, label).setParameter(2, scope).setParameter(3, sha256(token)).setParameter(4, actor)
                .setParameter(5, time.now()).setParameter(6, org).executeUpdate();
        audit.append(actor, "token.issue", "token:" + label, Map.of("scope", scope, "org", orgCode == null ? "" : orgCode));
        return token;
    }

    @Transactional
    public void revoke(long id, String actor) {
        List<Row> token = NativeSql.query(em, "SELECT name, scope FROM api_token WHERE id = ? AND revoked_at IS NULL", id);
        if (token.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE api_token SET revoked_at = ? WHERE id = ?").setParameter(1, time.now()).setParameter(2, id)
                .executeUpdate();
        audit.append(actor, "token.revoke", "token:" + token.get(0).string(0), Map.of("scope", token.get(0).string(1)));
    }

    /** The name of the system holding this token, if it is valid for the scope and not revoked. */
    @Transactional
    public Optional<String> authenticate(String token, String scope) {
        return holder(token, scope).map(Holder::name);
    }

    /** Who holds this token, if it is valid for the scope and not revoked. */
    @Transactional
    public Optional<Holder> holder(String token, String scope) {
        if (token == null || !token.startsWith("mp_") || token.length() > 100) {
            return Optional.empty();
        }
        List<Row> rows = NativeSql.query(em, """
                SELECT t.id, t.name, o.code, t.last_used_at FROM api_token t LEFT JOIN evaluator_org o ON o.id = t.org_id
                WHERE t.token_sha256 = ? AND t.scope = ? AND t.revoked_at IS NULL""", sha256(token), scope);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // The administrators' list shows the last use to the minute. Writing it on every request
        // made every request of one system update the same row and wait for each other's commit.
        LocalDateTime now = time.now();
        LocalDateTime lastUsed = rows.get(0).dateTime(3);
        if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USE_PRECISION))) {
            em.createNativeQuery("UPDATE api_token SET last_used_at = ? WHERE id = ?").setParameter(1, now)
                    .setParameter(2, rows.get(0).get(0)).executeUpdate();
        }
        return Optional.of(new Holder(rows.get(0).string(1), rows.get(0).string(2)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenView> list() {
        return NativeSql.query(em, "SELECT id, name, scope, created_at, revoked_at, last_used_at FROM api_token ORDER BY id DESC")
                .stream().map(row -> new TokenView(row.longValue(0), row.string(1), row.string(2),
                        row.dateTime(3), row.dateTime(4), row.dateTime(5)))
                .toList();
    }


    static String sha256(String token) {
        return org.minping.core.shared.Sha256.hex(token);
    }
}
