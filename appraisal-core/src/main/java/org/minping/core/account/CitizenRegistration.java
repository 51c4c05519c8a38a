package org.minping.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * Citizens register themselves: an e-mail address or a mainland mobile number is the user name,
 * with a password. The portal hashes the password before it gets here (argon2id, as for every
 * account); registration stores no plain password and writes no personal data to the audit chain.
 */
@ApplicationScoped
public class CitizenRegistration {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    Clock clock;

    /** Checks what the citizen typed, before the password is hashed; every problem is named. */
    public String checkedContact(String contact, String password, String displayName) {
        List<FieldError> errors = new ArrayList<>();
        String normalized = normalize(contact);
        if (normalized == null) {
            errors.add(new FieldError("contact", "account.contact",
                    "give an e-mail address or an 11-digit mainland mobile number"));
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.add(new FieldError("password", "account.password",
                    "the password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
        }
        if (displayName != null && displayName.strip().length() > 100) {
            errors.add(new FieldError("displayName", "account.displayName", "the name must have at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return normalized;
    }

    /**
     * Creates the citizen account.
     *
     * @throws InvalidInputException when the contact is registered already
     */
    @Transactional
    public void register(String contact, String passwordHash, String displayName) {
        if (!em.createNativeQuery("SELECT id FROM user_account WHERE username = ?").setParameter(1, contact)
                .getResultList().isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("contact", "account.taken",
                    "an account with this e-mail address or mobile number exists; sign in instead")));
        }
        String name = displayName == null || displayName.isBlank() ? masked(contact) : displayName.strip();
        em.createNativeQuery("""
                INSERT INTO user_account (username, password_hash, display_name, enabled, created_at)
                VALUES (?, ?, ?, TRUE, ?)""")
                .setParameter(1, contact).setParameter(2, passwordHash).setParameter(3, name)
                .setParameter(4, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS)).executeUpdate();
        em.createNativeQuery("INSERT INTO user_role (user_id, role) SELECT id, ? FROM user_account WHERE username = ?")
                .setParameter(1, Role.CITIZEN.code()).setParameter(2, contact).executeUpdate();
    }

    /** The contact as stored, or null when it is neither an e-mail address nor a mobile number. */
    static String normalize(String contact) {
        if (contact == null) {
            return null;
        }
        String stripped = contact.strip().replace(" ", "").replace("-", "");
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
