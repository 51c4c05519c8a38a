package org.minping.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.Sha256;
import org.minping.core.shared.StoredTime;

/**
 * The accounts of the people who work in the portal, made by administrators through invitations:
 * an invitation makes the account (disabled, scoped to its agency or evaluator organisation) and a
 * one-time link with which the person chooses a password. Administrators disable and enable
 * accounts; a disabled account cannot sign in and, signed in already, is refused everything. Every
 * step is in the audit chain. Callers check {@code admin:access} for inviting, disabling and enabling.
 */
@ApplicationScoped
public class StaffAccounts {

    /** The roles an invitation can give: everyone but citizens, who register themselves. */
    public static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.CITIZEN));

    /** How long an invitation link works. */
    static final Duration VALIDITY = Duration.ofHours(72);

    /** A stored password hash no password matches: the account is usable only once its invitation is accepted. */
    private static final String NO_PASSWORD = "!invited";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** Whether an account can sign in, is waiting for its invitation to be accepted, or was disabled. */
    public enum Status { ACTIVE, INVITED, DISABLED }

    /**
     * A staff account as administrators see it; scope is the name of its agency or organisation, null
     * for none; twoFactor whether it signs in with a second factor.
     */
    public record StaffAccount(String username, String displayName, Set<Role> roles, Localized scope, Status status,
                               boolean twoFactor) {

        /** The codes of the account's roles in the order of {@link Role}, for naming them. */
        public List<String> roleCodes() {
            return roles.stream().sorted().map(Role::code).toList();
        }
    }

    /** What an administrator fills in to invite someone; agency for agency staff, organisation for evaluators. */
    public record Invitation(String username, String displayName, Role role, String agencyCode, String orgCode) {
    }

    /** Whom a valid invitation link is for, shown to the person who opens it. */
    public record Invitee(String username, String displayName) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> list() {
        Map<String, StaffAccount> accounts = new LinkedHashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT u.username, u.display_name, r.role, COALESCE(a.name_zh, o.name_zh), COALESCE(a.name_en, o.name_en), u.enabled,
                       EXISTS (SELECT 1 FROM staff_invitation i WHERE i.user_id = u.id AND i.accepted_at IS NULL),
                       EXISTS (SELECT 1 FROM two_factor t WHERE t.user_id = u.id)
                FROM user_account u JOIN user_role r ON r.user_id = u.id AND r.role <> ?
                LEFT JOIN agency a ON a.id = u.agency_id
                LEFT JOIN evaluator_member m ON m.user_id = u.id LEFT JOIN evaluator_org o ON o.id = m.org_id
                ORDER BY u.username, r.role""", Role.CITIZEN.code())) {
            String username = row.string(0);
            Status status = row.bool(5) ? Status.ACTIVE : row.bool(6) ? Status.INVITED : Status.DISABLED;
            StaffAccount known = accounts.get(username);
            Set<Role> roles = EnumSet.of(Role.ofCode(row.string(2)));
            if (known != null) {
                roles.addAll(known.roles());
            }
            Localized scope = row.isNull(3) ? null : new Localized(row.string(3), row.string(4));
            accounts.put(username, new StaffAccount(username, row.string(1), Set.copyOf(roles), scope, status, row.bool(7)));
        }
        return List.copyOf(accounts.values());
    }

    /**
     * Makes the account and its invitation; returns the link's token, which is shown once. Every
     * problem is named, and nothing is stored when there is one.
     */
    @Transactional
    public String invite(Invitation invitation, String actor) {
        String username = UserNames.canonical(invitation.username());
        String displayName = invitation.displayName() == null ? "" : invitation.displayName().strip();
        List<FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "staff.username", "the user name has 3 to 64 letters a-z, digits, dots,"
                    + " hyphens or underscores, and starts with a letter or digit"));
        } else if (!NativeSql.query(em, "SELECT id, username FROM user_account WHERE username = ?", username).isEmpty()) {
            errors.add(new FieldError("username", "staff.username.taken", "an account " + username + " exists already", username));
        }
        if (displayName.isEmpty() || displayName.length() > 100) {
            errors.add(new FieldError("displayName", "staff.displayName", "give the person's name in 1 to 100 characters"));
        }
        Role role = invitation.role();
        if (role == null || !STAFF_ROLES.contains(role)) {
            errors.add(new FieldError("role", "staff.role", "choose the role the person has in the portal"));
        }
        Long agency = role == Role.AGENCY ? idOf("agency", invitation.agencyCode()).orElse(null) : null;
        if (role == Role.AGENCY && agency == null) {
            errors.add(new FieldError("agency", "staff.agency", "agency staff belong to an agency: choose it"));
        }
        Long org = role == Role.EVALUATOR ? idOf("evaluator_org", invitation.orgCode()).orElse(null) : null;
        if (role == Role.EVALUATOR && org == null) {
            errors.add(new FieldError("org", "staff.org", "an evaluator belongs to an evaluator organisation: choose it"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDateTime now = time.now();
        em.createNativeQuery("""
                INSERT INTO user_account (username, password_hash, display_name, agency_id, enabled, created_at)
                VALUES (?, ?, ?, ?, FALSE, ?)""")
                .setParameter(1, username).setParameter(2, NO_PASSWORD).setParameter(3, displayName).setParameter(4, agency)
                .setParameter(5, now).executeUpdate();
        long userId = userId(username).orElseThrow();
        em.createNativeQuery("INSERT INTO user_role (user_id, role) VALUES (?, ?)").setParameter(1, userId)
                .setParameter(2, role.code()).executeUpdate();
        if (org != null) {
            em.createNativeQuery("INSERT INTO evaluator_member (user_id, org_id) VALUES (?, ?)").setParameter(1, userId)
                    .setParameter(2, org).executeUpdate();
        }
        String scope = role == Role.AGENCY ? invitation.agencyCode().strip() : role == Role.EVALUATOR ? invitation.orgCode().strip() : "";
        audit.append(actor, "account.invite", "user:" + username, Map.of("role", role.code(), "scope", scope));
        return newLink(userId, actor, now);
    }

    /**
     * A new link for an account whose invitation has not been accepted (the old one expired or was
     * lost); the old link stops working.
     */
    @Transactional
    public String reinvite(String username, String actor) {
        long userId = userId(username).orElseThrow(() -> invalid("username", "staff.unknown", "no account " + username, username));
        if (NativeSql.query(em, "SELECT user_id, user_id FROM staff_invitation WHERE user_id = ? AND accepted_at IS NULL", userId)
                .isEmpty()) {
            throw invalid("username", "staff.notInvited", username + " has accepted its invitation; it needs no new link", username);
        }
        em.createNativeQuery("DELETE FROM staff_invitation WHERE user_id = ?").setParameter(1, userId).executeUpdate();
        audit.append(actor, "account.reinvite", "user:" + username, Map.of());
        return newLink(userId, actor, time.now());
    }

    /** Whom the link is for, while it works (not expired, not used). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Invitee> invitee(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return NativeSql.query(em, """
                SELECT u.username, u.display_name FROM staff_invitation i JOIN user_account u ON u.id = i.user_id
                WHERE i.token_sha256 = ? AND i.accepted_at IS NULL AND i.expires_at > ?""", Sha256.hex(token), time.now())
                .stream().findFirst().map(row -> new Invitee(row.string(0), row.string(1)));
    }

    /**
     * The person behind the link chose a password (hashed by the caller, after {@link AccountPasswords#problem});
     * the account can sign in from now on. A link works once: a second use, or one after expiry, is refused.
     */
    @Transactional
    public String accept(String token, String passwordHash) {
        LocalDateTime now = time.now();
        List<Row> invitation = token == null || token.length() > 100 ? List.of() : NativeSql.query(em, """
                SELECT i.user_id, u.username FROM staff_invitation i JOIN user_account u ON u.id = i.user_id
                WHERE i.token_sha256 = ? AND i.accepted_at IS NULL AND i.expires_at > ? FOR UPDATE""", Sha256.hex(token), now);
        if (invitation.isEmpty()) {
            throw invalid("token", "staff.invitation", "this invitation link is not valid: it was used, replaced or has expired");
        }
        long userId = invitation.get(0).longValue(0);
        String username = invitation.get(0).string(1);
        em.createNativeQuery("UPDATE staff_invitation SET accepted_at = ? WHERE token_sha256 = ?").setParameter(1, now)
                .setParameter(2, Sha256.hex(token)).executeUpdate();
        em.createNativeQuery("UPDATE user_account SET password_hash = ?, enabled = TRUE, version = version + 1 WHERE id = ?")
                .setParameter(1, passwordHash).setParameter(2, userId).executeUpdate();
        audit.append(username, "account.accept", "user:" + username, Map.of());
        return username;
    }

    /**
     * Disables or enables an accepted account. Nobody disables their own account, and the last
     * enabled administrator stays, so that someone can always administer the portal.
     */
    @Transactional
    public void setEnabled(String username, boolean enabled, String actor) {
        long userId = userId(username).orElseThrow(() -> invalid("username", "staff.unknown", "no account " + username, username));
        if (!enabled && username.equals(actor)) {
            throw invalid("username", "staff.self", "you cannot disable your own account");
        }
        if (enabled && !NativeSql.query(em, "SELECT user_id, user_id FROM staff_invitation WHERE user_id = ? AND accepted_at IS NULL",
                userId).isEmpty()) {
            throw invalid("username", "staff.pending", username + " has not accepted its invitation yet", username);
        }
        // The administrators' rows are locked, so two administrators disabling each other at once cannot both succeed.
        long otherAdmins = NativeSql.query(em, """
                SELECT u.id, u.username FROM user_account u JOIN user_role r ON r.user_id = u.id AND r.role = ?
                WHERE u.enabled AND u.id <> ? FOR UPDATE""", Role.ADMIN.code(), userId).size();
        boolean isAdmin = !NativeSql.query(em, "SELECT user_id, role FROM user_role WHERE user_id = ? AND role = ?", userId,
                Role.ADMIN.code()).isEmpty();
        if (!enabled && isAdmin && otherAdmins == 0) {
            throw invalid("username", "staff.lastAdmin", username + " is the last enabled administrator", username);
        }
        int changed = em.createNativeQuery("UPDATE user_account SET enabled = ?, version = version + 1 WHERE id = ? AND enabled <> ?")
                .setParameter(1, enabled).setParameter(2, userId).setParameter(3, enabled).executeUpdate();
        if (changed > 0) {
            audit.append(actor, enabled ? "account.enable" : "account.disable", "user:" + username, Map.of());
        }
    }

    /** The roles staff may be invited to, in the order of {@link Role}. */
    public static List<Role> staffRoles() {
        return List.copyOf(STAFF_ROLES);
    }

    private String newLink(long userId, String actor, LocalDateTime now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("""
                INSERT INTO staff_invitation (token_sha256, user_id, invited_by, invited_at, expires_at) VALUES (?, ?, ?, ?, ?)""")
                .setParameter(1, Sha256.hex(token)).setParameter(2, userId).setParameter(3, actor).setParameter(4, now)
                .setParameter(5, now.plus(VALIDITY)).executeUpdate();
        return token;
    }

    private Optional<Long> userId(String username) {
        return NativeSql.query(em, "SELECT id, username FROM user_account WHERE username = ?", UserNames.canonical(username))
                .stream().findFirst().map(row -> row.longValue(0));
    }

    private Optional<Long> idOf(String table, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return NativeSql.query(em, "SELECT id, code FROM " + table + " WHERE code = ?", code.strip())
                .stream().findFirst().map(row -> row.longValue(0));
    }

    private static InvalidInputException invalid(String field, String code, String message, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, code, message, arguments)));
    }
}
