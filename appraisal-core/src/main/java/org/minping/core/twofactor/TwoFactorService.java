package org.minping.core.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.minping.core.account.Role;
import org.minping.core.account.UserNames;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * Two-factor sign-in of an account: turning it on (a secret confirmed with a code from the app,
 * then ten recovery codes shown once), the code at sign-in (each step and each recovery code
 * accepted once), turning it off with a code, an administrator's reset for a lost phone, and the
 * office's policy that requires it of the privileged roles. Every change, every recovery code spent
 * and every refused code is in the audit chain. Callers check who may ask: the account's own
 * holder for its own, {@code admin:access} for a reset and the policy.
 */
@ApplicationScoped
public class TwoFactorService {

    /** The name apps show above the account's codes. */
    public static final String ISSUER = "MinPing";

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    @Inject
    Clock clock;

    /** A secret offered to an account, not yet confirmed: it lives in the holder's page until a code confirms it. */
    public record Enrolment(String username, String secret, String uri) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Whether two-factor sign-in is on for an account, and how many of its recovery codes are unused. */
    public record Status(boolean on, int recoveryCodesLeft) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status(String username) {
        long user = userId(username);
        if (!enrolled(user)) {
            return new Status(false, 0);
        }
        return new Status(true, recoveryLeft(user));
    }

    /** What a correct password of the account leads to: asked once per sign-in, by the realm. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignInStep signInStep(String username) {
        List<Row> account = NativeSql.query(em, "SELECT id, username FROM user_account WHERE username = ?", UserNames.canonical(username));
        if (account.isEmpty()) {
            return SignInStep.PASSWORD;
        }
        long user = account.get(0).longValue(0);
        return SignInStep.of(roles(user), enrolled(user), isRequired());
    }

    /** Whether the office requires two-factor sign-in of moderators, administrators and auditors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isRequired() {
        return NativeSql.query(em, "SELECT two_factor_required, id FROM sign_in_policy WHERE id = 1").stream()
                .findFirst().map(row -> row.bool(0)).orElse(false);
    }

    /** Sets the office's policy; the callers check {@code admin:access}. */
    @Transactional
    public void setRequired(boolean required, String actor) {
        int changed = em.createNativeQuery("""
                UPDATE sign_in_policy SET two_factor_required = ?, changed_by = ?, changed_at = ?
                WHERE id = 1 AND two_factor_required <> ?""")
                .setParameter(1, required).setParameter(2, actor).setParameter(3, time.now()).setParameter(4, required)
                .executeUpdate();
        if (changed > 0) {
            audit.append(actor, "account.two-factor.policy", "sign-in-policy", Map.of("required", Boolean.toString(required)));
        }
    }

    /**
     * A new secret for the account to confirm: offered to the privileged roles only, and only while
     * two-factor sign-in is off. Nothing is stored until {@link #enable} confirms it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrolment newEnrolment(String username) {
        long user = userId(username);
        if (!SignInStep.privileged(roles(user))) {
            throw invalid(new FieldError("code", "twoFactor.notOffered",
                    "two-factor sign-in is for moderators, administrators and auditors"));
        }
        if (enrolled(user)) {
            throw invalid(new FieldError("code", "twoFactor.alreadyOn", "two-factor sign-in is on already"));
        }
        String secret = TotpCodes.newSecret();
        String canonical = UserNames.canonical(username);
        return new Enrolment(canonical, secret, TotpCodes.uri(ISSUER, canonical, secret));
    }

    /**
     * Turns two-factor sign-in on with the offered secret, once the holder has typed a code of it
     * (the step of that code counts as used); returns the ten recovery codes, which are shown now
     * and never again. A wrong code changes nothing.
     */
    @Transactional
    public List<String> enable(Enrolment enrolment, String typed) {
        long user = lockedUser(enrolment.username());
        if (enrolled(user)) {
            throw invalid(new FieldError("code", "twoFactor.alreadyOn", "two-factor sign-in is on already"));
        }
        if (!(SecondFactorInput.parse(typed) instanceof SecondFactorInput.TimeCode code)) {
            throw invalid(SecondFactorCheck.Refusal.MALFORMED.problem());
        }
        OptionalLong step = TotpCodes.matchingStep(enrolment.secret(), code.digits(), clock.instant().getEpochSecond());
        if (step.isEmpty()) {
            throw invalid(SecondFactorCheck.Refusal.WRONG.problem());
        }
        LocalDateTime now = time.now();
        em.createNativeQuery("INSERT INTO two_factor (user_id, secret, enabled_at, last_step) VALUES (?, ?, ?, ?)")
                .setParameter(1, user).setParameter(2, enrolment.secret()).setParameter(3, now)
                .setParameter(4, step.getAsLong()).executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        for (String shown : codes) {
            SecondFactorInput.RecoveryCode recovery = (SecondFactorInput.RecoveryCode) SecondFactorInput.parse(shown);
            em.createNativeQuery("INSERT INTO two_factor_recovery (user_id, code_hash) VALUES (?, ?)")
                    .setParameter(1, user).setParameter(2, RecoveryCodes.hash(user, recovery.canonical())).executeUpdate();
        }
        audit.append(enrolment.username(), "account.two-factor.enable", "user:" + enrolment.username(), Map.of());
        return codes;
    }

    /**
     * The second step of a sign-in, after the password: the code of the account's app (a step
     * later than the last one accepted) or an unused recovery code. A refusal is recorded in the
     * audit chain, since whoever typed it knew the password; so is every recovery code spent.
     */
    @Transactional
    public SecondFactorCheck signIn(String username, String typed) {
        return check(username, typed, "sign-in");
    }

    /**
     * Turns two-factor sign-in off, with a code of the app or a recovery code; a refused code is
     * recorded as at sign-in and changes nothing. Where the office requires it of the account's role
     * it stays on (a new phone goes through an administrator's reset).
     */
    @Transactional
    public SecondFactorCheck disable(String username, String typed) {
        if (isRequired() && SignInStep.privileged(roles(userId(username)))) {
            throw invalid(new FieldError("code", "twoFactor.required",
                    "the evaluation office requires two-factor sign-in of your role: it stays on"));
        }
        SecondFactorCheck check = check(username, typed, "disable");
        if (check.isAccepted()) {
            remove(userId(username));
            audit.append(UserNames.canonical(username), "account.two-factor.disable", "user:" + UserNames.canonical(username), Map.of());
        }
        return check;
    }

    /**
     * An administrator turns someone's two-factor sign-in off (a lost phone, no recovery code left):
     * the holder signs in with the password again, and sets it up anew where the office requires it.
     * Nobody resets their own: they turn it off with a code on their account page.
     */
    @Transactional
    public void reset(String username, String actor) {
        String canonical = UserNames.canonical(username);
        if (canonical.equals(actor)) {
            throw invalid(new FieldError("username", "twoFactor.selfReset",
                    "turn off your own two-factor sign-in on your account page, with a code"));
        }
        long user = lockedUser(canonical);
        if (!enrolled(user)) {
            throw invalid(new FieldError("username", "twoFactor.notOn", canonical + " has no two-factor sign-in", canonical));
        }
        remove(user);
        audit.append(actor, "account.two-factor.reset", "user:" + canonical, Map.of());
    }

    private SecondFactorCheck check(String username, String typed, String purpose) {
        String canonical = UserNames.canonical(username);
        long user = lockedUser(canonical);
        // The account's row is locked: two posts of one code at once are one sign-in and one replay.
        List<Row> factor = NativeSql.query(em, "SELECT secret, last_step FROM two_factor WHERE user_id = ? FOR UPDATE", user);
        SecondFactorCheck check;
        if (factor.isEmpty()) {
            check = SecondFactorCheck.refused(SecondFactorCheck.Refusal.WRONG);
        } else {
            SecondFactorInput input = SecondFactorInput.parse(typed);
            if (input instanceof SecondFactorInput.TimeCode code) {
                check = timeCode(user, factor.get(0), code);
            } else if (input instanceof SecondFactorInput.RecoveryCode code) {
                check = recoveryCode(user, code);
            } else {
                check = SecondFactorCheck.refused(SecondFactorCheck.Refusal.MALFORMED);
            }
        }
        if (!check.isAccepted()) {
            audit.append(canonical, "account.two-factor.refused", "user:" + canonical,
                    Map.of("reason", check.refusal().name(), "at", purpose));
        } else if (check.recoveryCode()) {
            audit.append(canonical, "account.two-factor.recovery", "user:" + canonical,
                    Map.of("left", Integer.toString(check.recoveryCodesLeft()), "at", purpose));
        }
        return check;
    }

    private SecondFactorCheck timeCode(long user, Row factor, SecondFactorInput.TimeCode code) {
        OptionalLong step = TotpCodes.matchingStep(factor.string(0), code.digits(), clock.instant().getEpochSecond());
        if (step.isEmpty()) {
            return SecondFactorCheck.refused(SecondFactorCheck.Refusal.WRONG);
        }
        if (step.getAsLong() <= factor.longValue(1)) {
            return SecondFactorCheck.refused(SecondFactorCheck.Refusal.REPLAYED);
        }
        em.createNativeQuery("UPDATE two_factor SET last_step = ? WHERE user_id = ?").setParameter(1, step.getAsLong())
                .setParameter(2, user).executeUpdate();
        return SecondFactorCheck.accepted(false, 0);
    }

    private SecondFactorCheck recoveryCode(long user, SecondFactorInput.RecoveryCode code) {
        String hash = RecoveryCodes.hash(user, code.canonical());
        int spent = em.createNativeQuery("""
                UPDATE two_factor_recovery SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL""")
                .setParameter(1, time.now()).setParameter(2, user).setParameter(3, hash).executeUpdate();
        if (spent == 1) {
            return SecondFactorCheck.accepted(true, recoveryLeft(user));
        }
        boolean known = !NativeSql.query(em, "SELECT user_id, code_hash FROM two_factor_recovery WHERE user_id = ? AND code_hash = ?",
                user, hash).isEmpty();
        return SecondFactorCheck.refused(known ? SecondFactorCheck.Refusal.RECOVERY_USED : SecondFactorCheck.Refusal.WRONG);
    }

    private void remove(long user) {
        em.createNativeQuery("DELETE FROM two_factor_recovery WHERE user_id = ?").setParameter(1, user).executeUpdate();
        em.createNativeQuery("DELETE FROM two_factor WHERE user_id = ?").setParameter(1, user).executeUpdate();
    }

    private boolean enrolled(long user) {
        return !NativeSql.query(em, "SELECT user_id, last_step FROM two_factor WHERE user_id = ?", user).isEmpty();
    }

    private int recoveryLeft(long user) {
        return NativeSql.query(em, "SELECT user_id, code_hash FROM two_factor_recovery WHERE user_id = ? AND used_at IS NULL", user)
                .size();
    }

    private Set<Role> roles(long user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        NativeSql.query(em, "SELECT role, user_id FROM user_role WHERE user_id = ?", user).forEach(row -> roles.add(Role.ofCode(row.string(0))));
        return roles;
    }

    private long userId(String username) {
        return NativeSql.query(em, "SELECT id, username FROM user_account WHERE username = ?", UserNames.canonical(username))
                .stream().findFirst().map(row -> row.longValue(0))
                .orElseThrow(() -> invalid(new FieldError("username", "staff.unknown", "no account " + username, username)));
    }

    /** The account's id, its row locked, so that changes to one account's second factor take turns. */
    private long lockedUser(String username) {
        return NativeSql.query(em, "SELECT id, username FROM user_account WHERE username = ? FOR UPDATE", UserNames.canonical(username))
                .stream().findFirst().map(row -> row.longValue(0))
                .orElseThrow(() -> invalid(new FieldError("username", "staff.unknown", "no account " + username, username)));
    }

    private static InvalidInputException invalid(FieldError error) {
        return new InvalidInputException(List.of(error));
    }
}
