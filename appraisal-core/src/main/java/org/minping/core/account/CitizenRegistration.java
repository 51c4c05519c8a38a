package org.minping.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.Sha256;
import org.minping.core.shared.StoredTime;

/**
 * Citizens register themselves: an e-mail address or a mainland mobile number is the user name,
 * with a password. The account is made only when the six-digit code sent to that contact comes
 * back, so it is verified from the start and nobody holds an account in another person's name.
 * Registration never tells whether a contact has an account: for one that has, the same waiting
 * registration is stored, with a code hash nothing matches, and the holder is sent a notice through
 * the same channel instead of a code. The portal hashes the password before it gets here (argon2id,
 * as for every account, whether or not the contact is taken); registration stores no plain
 * password and writes no personal data to the audit chain.
 */
@ApplicationScoped
public class CitizenRegistration {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    StoredTime time;

    @Inject
    IdentityVerifier verifier;

    /** Checks what the citizen typed, before the password is hashed; every problem is named. */
    public String checkedContact(String contact, String password, String displayName) {
        List<FieldError> errors = new ArrayList<>();
        String normalized = normalize(contact);
        if (normalized == null) {
            errors.add(new FieldError("contact", "account.contact",
                    "give an e-mail address or an 11-digit mainland mobile number"));
        }
        AccountPasswords.problem(password).ifPresent(errors::add);
        if (displayName != null && displayName.strip().length() > 100) {
            errors.add(new FieldError("displayName", "account.displayName", "the name must have at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return normalized;
    }

    /**
     * Starts a registration and sends its code, or, when the contact has an account already, sends
     * the holder {@code noticeToAccountHolder} and makes nothing. The caller learns neither which
     * happened nor anything else that differs: the same row is stored and the same token returned.
     *
     * @param messageAllowed false when the contact's hourly allowance of messages is used up: then
     *     nothing is sent either way, and the registration waits for a code that nobody has
     */
    @Transactional
    public RegistrationToken begin(Registrant registrant, String noticeToAccountHolder, boolean messageAllowed) {
        LocalDateTime now = time.now();
        // A waiting registration holds a contact: none is kept beyond its code's life.
        em.createNativeQuery("DELETE FROM pending_registration WHERE expires_at < ?").setParameter(1, now).executeUpdate();
        String contact = registrant.contact();
        boolean taken = hasAccount(contact);
        String token = OneTimeCodes.randomHex(32);
        String tokenHash = Sha256.hex(token);
        String code = OneTimeCodes.newCode();
        // Only a code that went to the contact may ever match; any other is stored as one nobody can guess.
        boolean codeSent = messageAllowed && !taken;
        String codeHash = codeSent ? OneTimeCodes.hash(tokenHash, code) : OneTimeCodes.unmatchableHash(tokenHash);
        String displayName = registrant.displayName() == null || registrant.displayName().isBlank()
                ? masked(contact) : registrant.displayName().strip();
        em.createNativeQuery("""
                INSERT INTO pending_registration (token_hash, username, password_hash, display_name, code_hash, expires_at, attempts)
                VALUES (?, ?, ?, ?, ?, ?, 0)""")
                .setParameter(1, tokenHash).setParameter(2, contact).setParameter(3, registrant.passwordHash())
                .setParameter(4, displayName).setParameter(5, codeHash).setParameter(6, now.plus(OneTimeCodes.VALIDITY))
                .executeUpdate();
        if (codeSent) {
            verifier.deliver(contact, code);
        } else if (messageAllowed) {
            verifier.deliverNotice(contact, noticeToAccountHolder);
        }
        return new RegistrationToken(token);
    }

    /**
     * Makes the citizen account, verified, when the code is right, in time and within the tries;
     * every waiting registration of the contact ends with it.
     *
     * @throws InvalidInputException naming the code field otherwise (a wrong try counts), or when the
     *     contact got an account since the registration began
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public void confirm(RegistrationToken token, String code) {
        String tokenHash = Sha256.hex(token.value());
        List<Row> waiting = NativeSql.query(em, """
                SELECT username, password_hash, display_name, code_hash, expires_at, attempts
                FROM pending_registration WHERE token_hash = ? FOR UPDATE""", tokenHash);
        if (waiting.isEmpty() || waiting.get(0).dateTime(4).isBefore(time.now())
                || waiting.get(0).intValue(5) >= OneTimeCodes.MAX_ATTEMPTS) {
            throw invalid("registration.expired", "the code has expired or was tried too often; register again");
        }
        Row registration = waiting.get(0);
        if (!OneTimeCodes.matches(registration.string(3), tokenHash, code)) {
            em.createNativeQuery("UPDATE pending_registration SET attempts = attempts + 1 WHERE token_hash = ?")
                    .setParameter(1, tokenHash).executeUpdate();
            throw invalid("verification.wrong", "the code is not right");
        }
        String username = registration.string(0);
        em.createNativeQuery("DELETE FROM pending_registration WHERE username = ?").setParameter(1, username).executeUpdate();
        // Only the contact's holder gets this far (the code went there), so saying it is taken tells no one else.
        if (hasAccount(username)) {
            throw invalid("account.taken", "an account with this e-mail address or mobile number exists; sign in instead");
        }
        LocalDateTime now = time.now();
        em.createNativeQuery("""
                INSERT INTO user_account (username, password_hash, display_name, enabled, created_at, verified_at)
                VALUES (?, ?, ?, TRUE, ?, ?)""")
                .setParameter(1, username).setParameter(2, registration.get(1)).setParameter(3, registration.get(2))
                .setParameter(4, now).setParameter(5, now).executeUpdate();
        em.createNativeQuery("INSERT INTO user_role (user_id, role) SELECT id, ? FROM user_account WHERE username = ?")
                .setParameter(1, Role.CITIZEN.code()).setParameter(2, username).executeUpdate();
    }

    private boolean hasAccount(String username) {
        return !em.createNativeQuery("SELECT id FROM user_account WHERE username = ?").setParameter(1, username)
                .getResultList().isEmpty();
    }


    private static InvalidInputException invalid(String code, String message) {
        return new InvalidInputException(List.of(new FieldError("code", code, message)));
    }

    /** The contact as stored, or null when it is neither an e-mail address nor a mobile number. */
    public static String normalize(String contact) {
        if (contact == null) {
            return null;
        }
        contact = UserNames.canonical(contact);
        String stripped = contact.replace(" ", "").replace("-", "");
        if (stripped.startsWith("+86")) {
            stripped = stripped.substring(3);
        }
        if (MOBILE.matcher(stripped).matches()) {
            return stripped;
        }
        String email = contact.strip().toLowerCase(Locale.ROOT);
        return email.length() <= 64 && EMAIL.matcher(email).matches() ? email : null;
    }

    /** 138****5678 or z***@example.com: a name to show that does not publish the contact. */
    static String masked(String contact) {
        if (MOBILE.matcher(contact).matches()) {
            return contact.substring(0, 3) + "****" + contact.substring(7);
        }
        int at = contact.indexOf('@');
        return contact.charAt(0) + "***" + contact.substring(at);
    }
}
