package org.minping.core.account;

import java.util.Optional;
import org.minping.core.shared.FieldError;

/** The one rule for a password a person chooses, citizen or staff: long enough to resist guessing, short enough to hash. */
public final class AccountPasswords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private AccountPasswords() {
    }

    /** What is wrong with a chosen password, if anything; checked before it is hashed. */
    public static Optional<FieldError> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of(new FieldError("password", "account.password",
                    "the password must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters", MIN_LENGTH, MAX_LENGTH));
        }
        return Optional.empty();
    }
}
